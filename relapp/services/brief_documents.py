"""Briefs and summaries as HTML and Markdown, from the templates in
``resources/templates``.

User text never reaches a document unescaped: the HTML environment escapes
every value (autoescape), the Markdown environment runs every value through
``markdown_escape`` (its ``finalize`` hook), so a template cannot forget it.
Pictures are passed in as ready ``src`` values (data: URIs for a file that
must stand alone, resource names for Qt's own document), so the HTML never
points outside itself.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from jinja2 import Environment, FunctionLoader, StrictUndefined, pass_context, select_autoescape

from relapp.assets import read_text

if TYPE_CHECKING:  # the brief's services import the plan's documents, which render here
    from relapp.services.brief import Brief

FORMATS = ("pdf", "html", "md")
# Characters that start Markdown (CommonMark and GitHub's) syntax inline.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~#&{}!])")
_AUTOLINK = re.compile(r"(?i)(https?|ftp|mailto|www)(:|\.)")


def markdown_escape(value) -> str:
    """Plain text that Markdown shows as it is: special characters
    backslash-escaped, line breaks folded (a value sits inside one line or
    cell) and bare web addresses kept from turning into links."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    text = _MD_SPECIAL.sub(r"\\\1", text)
    # "http:" → "http\:" stops GitHub's automatic links; the text reads the same.
    return _AUTOLINK.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", text)


def _load(name: str):
    source = read_text("templates", name)
    return source, None, lambda: True


# The months as the documents name them, said through the template's ``say``
# (each is in relapp/gui/brief/document_texts.py).
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _english(text: str, /, **values: object) -> str:
    return text.format(**values) if values else text


def _say(context):
    """The template's ``say`` (the brief's), or English for a document without one (the plan)."""
    say = context.get("say")
    return say if callable(say) else _english


@pass_context
def _long_date(context, day: dt.date | None) -> str:
    if not day:
        return ""
    say = _say(context)
    return say("{day} {month} {year}", day=day.day, month=say(MONTHS[day.month - 1]), year=day.year)


@pass_context
def _month_year(context, day: dt.date) -> str:
    say = _say(context)
    return say("{month} {year}", month=say(SHORT_MONTHS[day.month - 1]), year=day.year)


def _signed(value: float | int | None) -> str:
    if value is None:
        return ""
    number = round(value)
    return f"+{number}" if number > 0 else "−" + str(-number) if number < 0 else "0"


def _filters(env: Environment) -> Environment:
    env.filters["long_date"] = _long_date
    env.filters["month_year"] = _month_year
    env.filters["signed"] = _signed
    env.filters["score"] = lambda value: "" if value is None else f"{value:.0f}/100"
    return env


@cache
def _html_env() -> Environment:
    return _filters(Environment(loader=FunctionLoader(_load), autoescape=select_autoescape(default=True),
                                undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True))


@cache
def _markdown_env() -> Environment:
    return _filters(Environment(loader=FunctionLoader(_load), autoescape=False, finalize=markdown_escape,
                                undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                                keep_trailing_newline=True))


def render_html(brief: Brief, images: dict[str, str] | None = None, *, for_print: bool = False,
                image_width: float = 640) -> str:
    """The document as HTML.  ``images`` maps "chart" and "map" to the
    ``src`` to use; ``for_print`` picks the styles Qt's document engine
    understands and breaks pages between people."""
    return _html_env().get_template(_template(brief, "html")).render(
        brief=brief, say=brief.say, images=images or {}, for_print=for_print, image_width=round(image_width))


def render_markdown(brief: Brief) -> str:
    return _markdown_env().get_template(_template(brief, "md")).render(brief=brief, say=brief.say)


def _template(brief: Brief, kind: str) -> str:
    """The client gets a handout of its own; me and our team the full document."""
    return f"brief_client.{kind}.j2" if brief.audience == "client" else f"brief.{kind}.j2"


def plan_html(document, *, for_print: bool = False) -> str:
    """The account plan (``plan_documents.PlanDocument``) as HTML."""
    return _html_env().get_template("plan.html.j2").render(plan=document, for_print=for_print)


def plan_markdown(document) -> str:
    return _markdown_env().get_template("plan.md.j2").render(plan=document)
