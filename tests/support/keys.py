"""Keys as a fast typist or ``tmux send-keys`` delivers them: all at once, with no pause between.

``Pilot.press`` waits until the app is idle after every key, so a key never arrives while the one before it
is still being handled; a terminal gives the app every byte of a burst in one read. ``burst`` posts the
keys the way the terminal driver does — all of them before the app handles the first — then waits until
the app is idle again."""

from __future__ import annotations

import asyncio
import unicodedata

from textual import events
from textual.keys import _character_to_key, _get_unicode_name_from_key
from textual.pilot import Pilot


def key_event(key: str) -> events.Key:
    """The Key event the terminal driver makes for ``key``: a named key ("tab", "ctrl+n") or one typed
    character ("2", "-", "，", "思")."""
    if len(key) == 1:
        return events.Key(key if key.isalnum() else _character_to_key(key), key)
    try:
        char: str | None = unicodedata.lookup(_get_unicode_name_from_key(key))
    except KeyError:
        char = None
    return events.Key(key, char)


NAMED = {"tab", "enter", "escape", "space", "backspace", "delete", "up", "down", "left", "right", "home",
         "end", "pageup", "pagedown", *(f"f{n}" for n in range(1, 13))}


def keys_of(*parts: str) -> list[str]:
    """``keys_of("tab", "2026-09-01")``: named keys (and chords such as ``ctrl+n``) as they are, typed text
    one key per character."""
    keys: list[str] = []
    for part in parts:
        keys.extend([part] if part in NAMED or ("+" in part and len(part) > 1) else list(part))
    return keys


async def burst(pilot: Pilot, *parts: str, limit: float = 20.0) -> None:
    """Deliver every key before the app handles the first (as one terminal read), then wait until the app
    has handled them all (the wizard holds keys back while an earlier one is being handled)."""
    app = pilot.app
    driver = app._driver
    assert driver is not None
    for key in keys_of(*parts):
        event = key_event(key)
        event.set_sender(app)
        driver.send_message(event)
    handled = getattr(app, "keys_handled", None)  # the wizard's; an app without it gets Pilot's pause only
    # Polled with a plain sleep, the app running on its own meanwhile as it does under a terminal: Pilot's
    # pause queues a message to every widget of the screen and waits for each (hundreds on the claims
    # page), which made the polling itself a fifth of a burst's CPU. One such pause at the end.
    waited, quiet = 0.0, 0
    while handled is not None and quiet < 3 and waited < limit:
        await asyncio.sleep(0.02)
        waited += 0.02
        quiet = quiet + 1 if handled() else 0
    await pilot.pause()
