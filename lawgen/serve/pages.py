"""The two HTML pages of ``lawgen serve``: the login form and the page that holds the wizard's terminal.

Self-contained (no font, script or style from anywhere but this server) and in the user's language.
"""

from __future__ import annotations

from html import escape

from lawgen.i18n import translate

_STYLE = """
html, body { height: 100%; overflow: hidden; }
body { margin: 0; background: #0c181f; color: #eee; font-family: "Noto Sans CJK SC", sans-serif; }
body.form { overflow: auto; }
.login { max-width: 22em; margin: 12vh auto; padding: 2em; background: #12232d; border-radius: 6px; }
.login h1 { font-size: 1.3em; margin: 0 0 1em; }
.login label { display: block; margin: .8em 0 .3em; }
.login input { width: 100%; box-sizing: border-box; padding: .5em; font-size: 1em; }
.login button { margin-top: 1.4em; width: 100%; padding: .6em; font-size: 1em; background: #0178d4;
  color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
.notice { padding: .6em; margin-bottom: 1em; border-radius: 4px; background: #5a1d1d; }
.notice.info { background: #1d3a5a; }
.lang { margin-top: 1.2em; font-size: .9em; } .lang a { color: #9cf; }
.bar { height: 30px; box-sizing: border-box; display: flex; align-items: center; gap: 1em;
  padding: 0 .8em; background: #12232d; font-size: .9em; }
.bar form { margin-left: auto; } .bar button { background: none; border: 1px solid #789; color: #eee;
  border-radius: 3px; cursor: pointer; }
/* textual.js sizes every terminal to the whole window; this one sits below the bar */
#terminal { position: absolute; top: 30px; bottom: 0; left: 0; right: 0; width: auto; height: auto;
  opacity: 0; }
body.-first-byte #terminal { opacity: 1; }
.ended { display: none; position: absolute; inset: 30px 0 0 0; align-items: center; justify-content: center;
  background: #0c181f; z-index: 5; }
body.-closed .ended { display: flex; }
"""


def _page(lang: str, title: str, body: str, body_class: str = "", head: str = "") -> str:
    html_lang = "zh-CN" if lang == "zh" else "en"
    return (f'<!DOCTYPE html>\n<html lang="{html_lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{_STYLE}</style>{head}</head>"
            f'<body class="{body_class}">{body}</body></html>\n')


def login_page(lang: str, notice: str = "", info: bool = False, name: str = "") -> str:
    def t(text: str) -> str:
        return translate(text, lang)

    title, account, password, log_in = t("lawgen 工资追索向导"), t("账号"), t("密码"), t("登录")
    other, other_label = ("en", "English") if lang == "zh" else ("zh", "中文")
    notice_html = (f'<div class="notice{" info" if info else ""}" role="alert">{escape(notice)}</div>'
                   if notice else "")
    body = f"""<main class="login"><h1>{escape(title)}</h1>{notice_html}
<form method="post" action="/login" autocomplete="off">
<input type="hidden" name="lang" value="{lang}">
<label for="name">{escape(account)}</label>
<input id="name" name="name" value="{escape(name)}" maxlength="40" autofocus required>
<label for="password">{escape(password)}</label>
<input id="password" name="password" type="password" maxlength="200" required>
<button id="login" type="submit">{escape(log_in)}</button></form>
<div class="lang"><a href="/login?lang={other}">{other_label}</a></div></main>"""
    return _page(lang, log_in, body, "form")


def app_page(lang: str, account: str, station: str, websocket_url: str, font_size: int = 16) -> str:
    def t(text: str) -> str:
        return translate(text, lang)

    station_label, account_label, log_out = t("服务站"), t("账号"), t("退出登录")
    ended, reopen = t("会话已结束。"), t("重新打开")
    body = f"""<div class="bar"><span>{escape(station_label)}：{escape(station)}</span>
<span>{escape(account_label)}：{escape(account)}</span>
<form method="post" action="/logout"><button id="logout" type="submit">{escape(log_out)}</button></form>
</div>
<div class="ended"><div>{escape(ended)}
<a href="/" style="color:#9cf">{escape(reopen)}</a></div></div>
<div id="terminal" class="textual-terminal" data-session-websocket-url="{escape(websocket_url)}"
 data-font-size="{font_size}"></div>"""
    head = '<link rel="stylesheet" href="/static/css/xterm.css"><script src="/static/js/textual.js"></script>'
    return _page(lang, t("lawgen 工资追索向导"), body, head=head)

