"""Everything a process needs, built once from the configuration (cli and web wire it)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from triage.config import Config
from triage.settings import Settings
from triage.store.db import connect, session_factory

if TYPE_CHECKING:   # imported where used: a process loads only the parts it runs
    from triage.mail.imap import ImapBox
    from triage.mail.mailbox import MaildirBox
    from triage.mail.transport import Transport
    from triage.pipeline.analyse import Analyser
    from triage.sources import Sources


@dataclass
class Services:
    config: Config

    @property
    def settings(self) -> Settings:
        """The typed configuration, section by section."""
        return self.config.settings

    @cached_property
    def engine(self) -> Engine:
        return connect(self.config.get("database", "url"))

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        return session_factory(self.engine)

    @cached_property
    def sources(self) -> Sources | None:
        """REFER and Moodle, or None when neither is configured."""
        if not self.settings.refer.url and not self.settings.moodle.url:
            return None
        from triage.sources import SourceSettings, Sources
        return Sources(SourceSettings.from_settings(self.settings.refer, self.settings.moodle))

    @cached_property
    def analyser(self) -> Analyser:
        from triage.pipeline.analyse import Analyser
        return Analyser.from_config(self.config, self.sources)

    @cached_property
    def transport(self) -> Transport:
        from triage.mail.transport import open_transport
        return open_transport(self.config.get("smtp", "url"))

    def mailbox(self) -> MaildirBox | ImapBox:
        """A new connection to the configured mailbox (maildir://, imap://, imaps://)."""
        from triage.mail.mailbox import open_mailbox
        mb = self.config["mailbox"]
        if mb["url"].startswith("maildir"):
            return open_mailbox(mb["url"])
        return open_mailbox(mb["url"], done_folder=mb["done_folder"],
                            batch_size=mb["batch_size"], poll_seconds=mb["poll_seconds"],
                            sent_folder=mb["sent_folder"], auth=mb["auth"],
                            oauth_token=mb["oauth_token"], fast_fetch=mb["fast_fetch"])

    def close(self) -> None:
        if "sources" in self.__dict__ and self.sources is not None:
            self.sources.close()
        if "engine" in self.__dict__:
            self.engine.dispose()
