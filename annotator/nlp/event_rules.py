"""Which event types an article reports as its news, from its triggers (the decision of events.py).

:meth:`annotator.nlp.events.EventDetector.detect` finds the triggers and describes each one by where
it stands (:mod:`annotator.nlp.salience`): headline, lead or body; in a background sentence; with no
organisation in its sentence or paragraph; inside a quotation. :func:`decide` weighs them with one
set of :class:`EventRules` and keeps an event type when

* its confidence ``1 - prod(1 - weight x factors)`` over its distinct trigger words reaches
  ``threshold``, and
* it has **enough evidence**: a trigger in the headline or lead that is not background, or two distinct
  trigger words (``need_evidence``), and
* when several types pass, a type other than the strongest one stands in the headline or lead too
  (``secondary_in_lead``): "the deal will be financed with debt" in the body of an acquisition story
  is no funding news.

The numbers of :data:`RULES` were chosen by cross-validation over the real development articles
(``python -m benchmarks.tune_events``; docs/quality.md), never on the held-out part.
"""

from __future__ import annotations

from dataclasses import dataclass, field

HEADLINE, LEAD, BODY = "headline", "lead", "body"


@dataclass(frozen=True, slots=True)
class Trigger:
    word: str  # the trigger's text, lower case: the same word repeated counts once
    weight: float  # the pattern's weight
    where: tuple[int, int]
    position: str  # HEADLINE, LEAD or BODY
    background: bool = False
    no_org: bool = False
    quoted: bool = False


@dataclass(frozen=True, slots=True)
class EventRules:
    threshold: float = 0.7
    headline: float = 1.4
    lead: float = 1.15
    body: float = 0.6
    background: float = 0.35
    no_org: float = 0.5
    quoted: float = 0.8
    label_factor: dict = field(default_factory=lambda: {"competition": 0.5})
    need_evidence: bool = False
    secondary_in_lead: bool = True

    def factor(self, t: Trigger, label: str) -> float:
        f = self.headline if t.position == HEADLINE else self.lead if t.position == LEAD else self.body
        if t.background:
            f *= self.background
        if t.no_org:
            f *= self.no_org
        if t.quoted:
            f *= self.quoted
        return f * self.label_factor.get(label, 1.0)


RULES = EventRules()
RULES_BY_LANG: dict[str, EventRules] = {
    # fourth session, `python -m benchmarks.tune_events --lang fr` on the 135 French development
    # articles (120 real): out of fold P 0.797 R 0.791 against the rules above's P 0.877 R 0.723
    # (real French 0.788 / 0.802); the English re-tune changed nothing out of fold, so English keeps RULES
    "fr": EventRules(threshold=0.6, headline=1.4, lead=1.15, body=0.6, background=0.5, no_org=0.7,
                     label_factor={"competition": 0.7}, need_evidence=False, secondary_in_lead=True),
}
"""Rules chosen for one language (``tune_events --lang``); other languages use :data:`RULES`."""


def rules_for(lang: str) -> EventRules:
    return RULES_BY_LANG.get(lang, RULES)


def confidence(triggers: list[Trigger], label: str, rules: EventRules = RULES) -> float:
    """``1 - prod(1 - w)`` over the distinct trigger words, each where it counts most."""
    best: dict[str, float] = {}
    for t in triggers:
        best[t.word] = max(best.get(t.word, 0.0), t.weight * rules.factor(t, label))
    miss = 1.0
    for w in best.values():
        miss *= 1.0 - min(0.95, w)
    return 1.0 - miss


def _in_lead(triggers: list[Trigger]) -> bool:
    return any(t.position != BODY and not t.background for t in triggers)


def decide(found: dict[str, list[Trigger]], rules: EventRules = RULES) -> dict[str, float]:
    """The event types reported, with their confidence (see the module doc)."""
    scores = {label: confidence(ts, label, rules) for label, ts in found.items() if ts}
    passed = {label: c for label, c in scores.items() if c >= rules.threshold}
    if rules.need_evidence:
        passed = {label: c for label, c in passed.items()
                  if _in_lead(found[label]) or len({t.word for t in found[label]}) >= 2}
    if rules.secondary_in_lead and len(passed) > 1:
        top = max(passed, key=lambda label: (passed[label], label))
        passed = {label: c for label, c in passed.items() if label == top or _in_lead(found[label])}
    return passed
