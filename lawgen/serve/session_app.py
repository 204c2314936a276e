"""The wizard process behind one browser tab (``python -m lawgen.serve.session_app``).

The server starts it with the login's account, station and packet folder in its environment and
textual-serve's web driver; it opens the station's own register and never asks for a path on the server.
"""

from __future__ import annotations

import os
from pathlib import Path

from lawgen.serve.accounts import check_name


def station_register(data_dir: Path, station: str) -> Path:
    """Each station's register in its own folder: a volunteer's wizard cannot reach another station's."""
    return Path(data_dir) / "stations" / check_name(station, "station")


def main() -> None:
    from lawgen.actors import Actor, Role
    from lawgen.store import open_register
    from lawgen.wizard.app import WizardApp

    environment = os.environ
    station = environment["LAWGEN_SERVE_STATION"]
    folder = station_register(Path(environment["LAWGEN_SERVE_DATA_DIR"]), station)
    shared = environment.get("LAWGEN_SERVE_REGISTER") or None
    actor = Actor(environment["LAWGEN_SERVE_ACCOUNT"], station, Role(environment["LAWGEN_SERVE_ROLE"]))
    if actor.role is Role.lawyer and not shared:
        from lawgen.serve.stations import StationRegisters

        store = StationRegisters(Path(environment["LAWGEN_SERVE_DATA_DIR"]), actor)  # every station's
    else:
        store = open_register(shared or folder, actor)
    app = WizardApp(folder, environment.get("LAWGEN_LANG", "zh"),
                    packets_dir=Path(environment["LAWGEN_SERVE_PACKETS"]), store=store)
    app.run()


if __name__ == "__main__":
    main()
