"""The wizard's screens: the register, one screen per step, review, generate, and dialogs."""
