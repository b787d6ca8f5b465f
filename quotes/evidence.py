"""Confidence and ``rule``: what fired, named, and what it is worth.

A quote's confidence is the product of three factors, one for each piece of
evidence: how the content was found, how the speaker was resolved, and how the
cue was recognised. The factors were set on the tuning part of the dev set so that
a confidence of 0.8 or more means right nine and a half times in ten (README,
"Quality"). ``rule`` spells the same evidence out: ``cue:form+lemma+content:
complementiser/tree+speaker:tree``.
"""
from __future__ import annotations

CONTENT = {  # the strongest content evidence present decides
    "complementiser+tree": 0.92,
    "complementiser": 0.8,
    "unmarked": 0.65,
    "colon": 0.93,
    "adjacent": 0.9,
    "quote-before-cue": 0.85,
    "according-to": 0.75,
    "demand": 0.72,
}
CONTENT_OTHER = 0.7
SPEAKER = {"according-to": 0.95, "relay": 0.95, "explicit": 1.0, "name": 0.98, "nominal": 0.95, "relative": 0.93,
           "pro-drop": 0.92, "pronoun": 0.92, "vague": 0.8, "none": 0.8}
CUE = {"form+lemma": 1.0, "form": 0.97, "lemma": 0.88}
CUE_OTHER = 0.9


def content_factor(evidence: list[str]) -> float:
    if "complementiser" in evidence:
        return CONTENT["complementiser+tree" if "tree" in evidence else "complementiser"]
    for k in ("unmarked", "colon", "adjacent", "quote-before-cue", "according-to", "demand"):
        if k in evidence:
            return CONTENT[k]
    return CONTENT_OTHER


def confidence(content_evidence: list[str], resolution: str, cue_evidence: str) -> float:
    conf = content_factor(content_evidence) * SPEAKER.get(resolution, SPEAKER["explicit"])
    return round(conf * CUE.get(cue_evidence, CUE_OTHER), 3)


def rule(cue_evidence: str, content_evidence: list[str], speaker_evidence: str) -> str:
    return "+".join(["cue:" + cue_evidence, "content:" + "/".join(content_evidence), "speaker:" + speaker_evidence])
