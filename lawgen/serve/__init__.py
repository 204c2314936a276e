"""``lawgen serve``: the same wizard in a browser, one app process per logged-in browser session.

``accounts`` keeps the station accounts and the audit log, ``sessions`` the logins, ``pages`` the HTML,
``server`` the web server around textual-serve, ``session_app`` the wizard process a session drives.
"""
