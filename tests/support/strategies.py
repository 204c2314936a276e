"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from hypothesis import strategies as st

# XML specials, controls, bidi marks, lone surrogates, an emoji, line breaks and a CJK character.
HOSTILE_CHARACTERS = list("<>&\"'\x00\x07\x1b\u200f\u202e\ud800\udfff😀\n\t\r林")
hostile_text = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.sampled_from(HOSTILE_CHARACTERS), max_size=60),
    st.just("x" * 10_000),
    st.just("<w:t>&amp;</w:t>"),
)
