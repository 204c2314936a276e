"""The footer of the step screen, recomposed only when the keys it shows change.

Textual's footer composes all its keys anew whenever the focus moves (every Tab, add or step change), which
took a third of the time an add took on the claims step; moving between two fields with the same keys
changes nothing in it.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class StableFooter(Footer):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._shown: tuple | None = None  # the keys composed last: key, label, enabled, action

    def bindings_changed(self, screen: Screen) -> None:
        keys = tuple((binding.key, binding.description, enabled, binding.action)
                     for _, binding, enabled, _ in screen.active_bindings.values() if binding.show)
        if keys == self._shown and self._bindings_ready:
            return
        if screen.app.app_focus:  # Textual composes only then
            self._shown = keys
        super().bindings_changed(screen)


# Keys as printed on a keyboard and said aloud (Textual's own display is «f1», «esc», «^q»).
KEY_NAMES = {"escape": "Esc", "enter": "Enter", "delete": "Del", "backspace": "Backspace", "tab": "Tab",
             "space": "Space", "slash": "/", "up": "↑", "down": "↓", "left": "←", "right": "→",
             "pageup": "PgUp", "pagedown": "PgDn", "home": "Home", "end": "End", "insert": "Ins"}
MODIFIER_NAMES = {"ctrl": "Ctrl", "shift": "Shift", "alt": "Alt", "meta": "Meta"}


def key_display(key: str) -> str:
    """``f1`` -> F1, ``escape`` -> Esc, ``ctrl+q`` -> Ctrl+Q; a plain letter stays as it is typed."""
    *modifiers, name = key.split("+")
    if name in KEY_NAMES:
        shown = KEY_NAMES[name]
    elif len(name) > 1 and name[0] == "f" and name[1:].isdigit():
        shown = name.upper()
    elif len(name) == 1 and modifiers:
        shown = name.upper()
    else:
        shown = name
    return "+".join([*(MODIFIER_NAMES.get(m, m.capitalize()) for m in modifiers), shown])


class FittingFooter(Footer):
    """A compact footer whose keys all stay readable: the command palette's key (docked at the right, over
    the last keys) is shown only when the screen's keys leave room for it — the English labels are longer,
    and at 80 columns «r Record  k Calendar» were cut by it. Ctrl+P opens the palette either way."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, compact=True, **kwargs)

    def compose(self):
        if self._bindings_ready:
            self.set_reactive(Footer.show_command_palette, self._palette_fits(self.size.width or
                                                                              self.app.size.width))
        yield from super().compose()

    def on_resize(self) -> None:
        if self._bindings_ready and self._palette_fits(self.size.width) != self.show_command_palette:
            self.call_after_refresh(self.recompose)

    def _palette_fits(self, width: int) -> bool:
        from rich.cells import cell_len

        app = self.app
        shown = {binding.action: binding for _, binding, _, _ in self.screen.active_bindings.values()
                 if binding.show}
        # each key as the compact footer draws it: «n 新建 », the key, a space, the label, a space
        keys = sum(cell_len(app.get_key_display(b)) + cell_len(b.description) + 2 for b in shown.values())
        palette = self.screen.active_bindings.get(app.COMMAND_PALETTE_BINDING)
        if palette is None:
            return False
        binding = palette[1]
        return keys + cell_len(app.get_key_display(binding)) + cell_len(binding.description) + 3 <= width
