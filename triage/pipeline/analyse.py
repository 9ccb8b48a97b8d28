"""message -> reading -> facts -> findings -> draft, for one mail. No store access here."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from triage import extractors
from triage import responses
from triage import rules
from triage.config import Config
from triage.facts import Facts, FactSource, RuleSettings
from triage.mail.addresses import reply_address
from triage.model import Analysis, ParsedMail


def rule_settings(config: Config) -> RuleSettings:
    """The rules' settings ([rules] in the config): timezone, windows, tuilage date…"""
    return config.settings.rules


@dataclass
class Analyser:
    """Settings and sources shared by every analysis of a process."""
    reader_settings: extractors.ExtractorSettings
    rule_settings: RuleSettings
    sources: FactSource | None = None     # triage.sources.Sources, or None when unconfigured
    rule_set: list[rules.Rule] = field(default_factory=rules.all_rules)

    @classmethod
    def from_config(cls, config: Config, sources: FactSource | None = None) -> "Analyser":
        reader = extractors.ExtractorSettings.from_settings(config.settings.people,
                                                            config.settings.rules,
                                                            config.settings.reading)
        return cls(reader, rule_settings(config), sources)

    def analyse(self, mail: ParsedMail, now: datetime | None = None) -> Analysis:
        """Read, gather, diagnose and draft; `now` defaults to the mail's Date header."""
        judged = now or mail.date or datetime.now(timezone.utc)
        if judged.tzinfo is None:
            judged = judged.replace(tzinfo=timezone.utc)
        # The codes REFER and Moodle know make any scheme readable; None when both are down.
        catalogue = self.sources.catalogue() if self.sources is not None else None
        reading = extractors.read(mail, self.reader_settings, catalogue)
        if reading.auto_reply or reading.foreign_helpdesk or not reply_address(
                mail.reply_to, mail.from_addr, self.reader_settings.own_addresses):
            # RFC 3834: never answer an automatic mail or another helpdesk's notification;
            # never write to ourselves (+tag variants) or to an address that reads nothing.
            return Analysis(reading=reading, findings=[], draft=None, now=judged)
        if self.sources is not None:
            facts = self.sources.gather(reading, mail.from_addr, judged, self.rule_settings)
        else:
            facts = Facts(now=judged, reading=reading, sender=mail.from_addr,
                          settings=self.rule_settings)
        findings = rules.diagnose(facts, self.rule_set)
        draft = responses.compose(mail, reading, findings, list(facts.pending),
                                  self.rule_settings,
                                  {e.code: e.label for e in facts.etapes_said()})
        return Analysis(reading=reading, findings=findings, draft=draft,
                        pending_sources=list(facts.pending), now=judged,
                        source_errors=dict(facts.source_errors))
