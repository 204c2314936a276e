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
