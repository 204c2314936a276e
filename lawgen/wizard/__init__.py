"""The wizard: a Textual app that walks a volunteer and a worker through a case, step by step."""
