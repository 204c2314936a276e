"""Every key handled in the order it was typed, whatever the app is doing.

Textual hands a key to the focused widget's message queue and handles it there; a key it does not take (Tab,
Ctrl+N, a choice's number, Enter on a button) then travels up through every parent's queue and only then runs
its binding. A key typed meanwhile — by a fast typist, by ``tmux send-keys``, or while a layout takes a few
hundred milliseconds — is handed to the widget that had the focus before the first key moved it: the text
landed one field too high (issue 12). Focus moved with ``Widget.focus`` takes effect later still, through
the app's own queue.

``KeysInOrder`` holds a key at the app until the one before it has been handled completely: its journey up
the widgets is over, what it set off has finished (a button's Pressed, a choice's Changed, a deferred focus,
a new screen being mounted, a task the wizard says keys must wait for), and the app's queue is empty. A
key typed while the app is idle goes through at once; none is ever dropped or reordered.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Iterable

from textual import events
from textual.message_pump import MessagePump
from textual.widget import Widget
from textual.widgets import Input, TextArea
from textual.worker import Worker

SPINS = 20  # looks at a key still being handled before looking only every POLL seconds
POLL = 0.001
# seconds: a held key goes on after this even if what the last key set off never settles (the wizard is
# never stuck); opening a case on a slow, busy machine takes a few seconds, so not less
HOLD_LIMIT = 10.0

_ORDERED = (events.Key, events.Paste)  # what the volunteer types; the mouse moves the focus itself


# Messages that repaint or record the focus: the next key does not wait for these (they never move the
# focus or change what a key means).
BOOKKEEPING = frozenset({
    "Update", "Layout", "UpdateScroll", "Prompt", "Resize", "Idle", "Timer",
    "Blur", "Focus", "DescendantBlur", "DescendantFocus", "Blurred", "Focused",
})


def _pending(pump: MessagePump) -> bool:
    """Whether ``pump`` has messages queued that matter to the next key, or is in the middle of handling
    one (an idle pump's task waits for its queue's ready event; one awaiting a mount does not)."""
    if not pump.is_running:
        return False
    try:
        queue = pump._message_queue
        waiting = [*queue.values, pump._pending_message]
        idle = bool(queue.ready_event._waiters)
    except AttributeError:  # Textual's queue is private: without these parts keys go on as Textual hands them
        return False
    return any(m is not None and type(m).__name__ not in BOOKKEEPING for m in waiting) or not idle


def _adds_text(event: events.Event) -> bool:
    """A character or a paste: what only adds to the text field it is typed into."""
    return isinstance(event, events.Paste) or (isinstance(event, events.Key) and event.is_printable)


def _typed(message) -> bool:
    """A key or paste not handed on yet: held in order here, so it does not make the app busy."""
    return isinstance(message, _ORDERED) and not message.is_forwarded


class KeysInOrder:
    """App mixin (before ``App`` in the bases): keys and pastes are handed on one at a time, in order."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._held: deque[events.Event] = deque()
        self._held_since = 0.0
        self._key_path: tuple[MessagePump, ...] = ()  # the widgets the last key was handed to and goes up
        self._waited_for: list[Worker] = []
        self._release_scheduled = False
        self._typing_into: Widget | None = None  # the text field the last key was a character for

    def keys_wait_for(self, worker: Worker) -> Worker:
        """Keys typed from now on wait until ``worker`` has finished (it moves the focus when done)."""
        self._waited_for = [w for w in self._waited_for if not w.is_finished]
        self._waited_for.append(worker)
        return worker

    def keys_handled(self) -> bool:
        """Nothing typed is waiting or being handled (for a caller outside the app's task: a test)."""
        return not self._held and not _pending(self) and not self._widgets_busy()

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, _ORDERED) and not event.is_forwarded:
            if not self._held and ((_adds_text(event) and self._typing_on()) or not self._busy()):
                await self._hand_on(event)
                return
            if not self._held:
                self._held_since = time.monotonic()
            self._held.append(event)
            self._schedule_release()
            return
        await super().on_event(event)

    async def _hand_on(self, event: events.Event) -> None:
        await super().on_event(event)
        focused = self.focused
        self._key_path = tuple(self._below_app(focused.ancestors_with_self if focused else [self.screen]))
        # A character typed into a text field only adds to it: the next character may follow it into the
        # same field's queue at once (handled after it there), as long as nothing moves the focus meanwhile.
        # Any other key (Tab, F3) waits until what the last character set off has reached the case: F3 right
        # after «思明区» checked the step before the field's change was in the draft.
        self._typing_into = focused if _adds_text(event) and isinstance(focused, Input | TextArea) else None

    def _typing_on(self) -> bool:
        return self._typing_into is not None and self.focused is self._typing_into and not self._queue_busy()

    def _below_app(self, nodes: Iterable) -> Iterable[MessagePump]:
        return (node for node in nodes if node is not self)

    def _widgets_busy(self) -> bool:
        """Whether the last key, or what it set off, is still being handled by the widgets."""
        if any(_pending(node) for node in self._key_path):
            return True
        screen = self.screen
        if not screen.is_mounted or _pending(screen):
            return True  # a screen just pushed: its fields take the focus once it is mounted
        return any(not worker.is_finished for worker in self._waited_for)

    def _queue_busy(self) -> bool:
        """Whether the app's own queue holds something: a deferred focus, a key on its way back up to the
        app's bindings (this runs inside the app's task, so only its queue can be looked at)."""
        try:
            pending = [*self._message_queue.values, self._pending_message]
        except AttributeError:  # see _pending
            return False
        return any(message is not None and not _typed(message) for message in pending)

    def _busy(self) -> bool:
        return self._queue_busy() or self._widgets_busy()

    def _schedule_release(self) -> None:
        if not self._release_scheduled:
            self._release_scheduled = True
            self.call_later(self._release)  # behind anything already in the app's queue

    async def _release(self) -> None:
        """Hand on the held keys one by one, each once the one before has been handled."""
        self._release_scheduled = False
        spins = 0
        while self._held:
            if time.monotonic() - self._held_since >= HOLD_LIMIT:
                self._key_path, self._waited_for = (), []  # what never settled holds no later key
            elif not (_adds_text(self._held[0]) and self._typing_on()):
                if self._queue_busy():
                    self._schedule_release()  # the app handles what is queued first, then comes back here
                    return
                if self._widgets_busy():
                    spins += 1  # let the widgets' tasks run; the app's queue is looked at again after
                    await asyncio.sleep(0 if spins < SPINS else POLL)
                    continue
            await self._hand_on(self._held.popleft())
            self._held_since = time.monotonic()
