"""HTML mail -> plain text, keeping link targets (course links often live only in an href).

Built on the standard library's HTMLParser (html2text is GPL-3.0, we stay permissive). The
parser is lenient by design: unclosed tags, conditional comments from Outlook and attributes
without quotes never raise. Blockquotes come out as "> " lines so that quoting.py sees them.
"""
from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

_BLOCK = {"p", "div", "section", "article", "header", "footer", "table", "tr", "ul", "ol",
          "h1", "h2", "h3", "h4", "h5", "h6", "pre", "form", "center", "address", "hr"}
_SKIP = {"script", "style", "head", "title", "template", "noscript", "xml"}
_VOID_SKIP = {"meta", "link"}
_URL_TAG = re.compile(r"^(?:https?|ftp|mailto):")
# Quote levels written as "> " prefixes: real mail nests a handful, hostile mail thousands (each
# line then carried its whole depth: quadratic). Deeper levels share the deepest prefix.
MAX_QUOTE_DEPTH = 50
# (compiled once: a pasted table calls the parser's callbacks tens of thousands of times)
_SPACES = re.compile(r"\s+")
_BLANKS = re.compile(r"[ \t\u00a0]+")


class _Line:
    """The line being written, in pieces: a string grown piece by piece is copied whole at each
    piece, which made a long line (a page of spans without a block) quadratic."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.length = 0
        self.inked = False                  # holds something other than whitespace

    def add(self, text: str) -> None:
        self.pieces.append(text)
        self.length += len(text)
        self.inked = self.inked or not text.isspace()

    def text(self) -> str:
        return "".join(self.pieces)

    def since(self, offset: int) -> str:
        """The text from `offset` on. The pieces it spans are joined into one, so that asking
        again (a link closing further on) joins it only with what was written since."""
        if offset >= self.length:
            return ""
        size, first = self.length, len(self.pieces)
        while size > offset:
            first -= 1
            size -= len(self.pieces[first])
        self.pieces[first:] = ["".join(self.pieces[first:])]
        return self.pieces[first][offset - size:]


class _TextBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[_Line] = [_Line()]
        self.skip = 0
        self.quote = 0
        self.links: list[tuple[str, int]] = []   # (href, length of the line when <a> opened)
        self.pre = 0

    def updatepos(self, i: int, j: int) -> int:
        # The parser counts lines and columns for getpos(), which nothing here asks: a pasted
        # table's tens of thousands of tags each counted the newlines they span.
        return j

    # -- output helpers
    def _newline(self) -> None:
        self.lines.append(_Line())

    def _block(self) -> None:
        if self.lines[-1].inked:
            self._newline()

    def _write(self, text: str) -> None:
        if not text:
            return
        if not self.lines[-1].length and self.quote:
            self.lines[-1].add("> " * min(self.quote, MAX_QUOTE_DEPTH))
        self.lines[-1].add(text)

    # -- parser callbacks
    def handle_starttag(self, tag: str, attr_list: list[tuple[str, str | None]]) -> None:
        if ":" in tag and _URL_TAG.match(tag) and not self.skip:
            # "<https://...>" written as text in the HTML: a link, not a tag.
            self._write(self.get_starttag_text() or "")
        elif tag in _SKIP:
            self.skip += 1
        elif self.skip or tag in _VOID_SKIP:
            return
        elif tag == "br":
            self._newline()
        elif tag == "blockquote":
            self._block()
            self.quote += 1
        elif tag == "li":
            self._block()
            self._write("- ")
        elif tag in ("td", "th"):
            self._write(" ")
        elif tag == "a":
            self.links.append((dict(attr_list).get("href") or "", self.lines[-1].length))
        elif tag == "img" and (alt := dict(attr_list).get("alt")):
            self._write(f"[{alt}]")
        elif tag == "pre":
            self._block()
            self.pre += 1
        elif tag in _BLOCK:
            self._block()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif self.skip:
            return
        elif tag == "a" and self.links:
            self._close_link()
        elif tag == "blockquote":
            self._block()
            self.quote = max(0, self.quote - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
            self._block()
        elif tag in _BLOCK or tag == "li":
            self._block()

    def _close_link(self) -> None:
        href, _start = self.links.pop()
        href = href.strip()
        if not href or href.startswith(("#", "cid:", "javascript:")):
            return
        target = href[7:] if href.lower().startswith("mailto:") else href
        # "texte <https://...>" unless the visible text already is the link
        if target not in self.lines[-1].since(_start):
            self._write(f" <{href}>")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.pre:
            parts = data.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self._newline()
                self._write(part)
            return
        self._write(_SPACES.sub(" ", data))


# What the parser cannot finish (an unterminated tag, comment or declaration, and all after it)
# it keeps for close(), which rescans it once per "<": quadratic on Python 3.11 (20 kB of
# "<a <a …" take 4 s, 40 kB 15 s). A longer rest than this is read as text, its tags removed.
_MAX_UNFINISHED = 2_000
_TAG = re.compile(r"<[^<>]*>")     # (not `<[^>]*>`: from each "<" without ">" it ran to the end)


# A tag of a name alone, no attribute (« <td> », « </tr> »): the names HTMLParser reads whole in
# an end tag, a subset of those it reads in a start tag.
_PLAIN_TAG = re.compile(r"<(/?)([a-zA-Z][-.a-zA-Z0-9:_]*)>")
_STARTTAG_TEXT = "_HTMLParser__starttag_text"      # (HTMLParser's private name, mangled)


def _feed_plain_tags(builder: _TextBuilder, html: str) -> bool:
    """Feed `builder` an HTML made only of text and tags without attributes (a pasted table:
    « <tr><td>22000037</td>… »), calling its callbacks as HTMLParser.feed and close would, with
    the same arguments in the same order, without the parser's general loop (most of a 1 MB
    table's parsing time). False, the builder half fed, at the first other construct (an
    attribute, a comment, a declaration, a lone « < », a <script> or <style> whose content the
    parser reads raw): HTMLParser reads that document (tests/test_speed19.py compares both)."""
    find, match, n = html.find, _PLAIN_TAG.match, len(html)
    handle_data, start, end = builder.handle_data, builder.handle_starttag, builder.handle_endtag
    raw_content = builder.CDATA_CONTENT_ELEMENTS
    i = 0
    while i < n:
        j = find("<", i)
        if j < 0:
            # the text after the last tag, unescaped whole (HTMLParser may keep it for close()
            # when a « & » near its end could start a reference: close() hands it whole too)
            handle_data(unescape(html[i:]))
            break
        if i < j:
            handle_data(unescape(html[i:j]))
        m = match(html, j)
        if m is None:
            return False
        tag = m.group(2).lower()
        if m.group(1):
            end(tag)
        elif tag in raw_content:
            return False
        else:
            builder.lasttag = tag
            setattr(builder, _STARTTAG_TEXT, m.group())   # (what get_starttag_text returns)
            start(tag, [])
        i = m.end()
    return True


def html_to_text(html: str) -> str:
    """Readable text of an HTML body: blocks as lines, links as 'text <href>', quotes as '> '."""
    builder = _TextBuilder()
    try:
        if not _feed_plain_tags(builder, html or ""):
            builder = _TextBuilder()            # (start again: the callbacks wrote lines)
            builder.feed(html or "")
            unfinished = builder.rawdata        # (the input HTMLParser has not processed)
            if len(unfinished) > _MAX_UNFINISHED:
                builder.reset()                 # forget it: close() has nothing left to rescan
                builder.handle_data(unescape(_TAG.sub(" ", unfinished)))
        builder.close()
    except Exception:  # noqa: BLE001 - never let odd markup stop a mail; fall back to tags off
        return re.sub(r"\s+\n", "\n", _TAG.sub(" ", html or "")).strip()
    lines = [_BLANKS.sub(" ", ln.text()).strip() if not builder.pre else ln.text()
             for ln in builder.lines]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
