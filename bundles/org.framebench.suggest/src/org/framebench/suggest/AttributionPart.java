package org.framebench.suggest;

/** The three parts of an attribution relation (PARC: source – cue – content). */
public enum AttributionPart {
    /** Who is reported as speaking: a named person, an anonymous individual or group, an institution, an outlet, a document. */
    SOURCE,
    /** The reporting verb or phrase: "said", "according to", "denied". */
    CUE,
    /** What is reported: a direct quote, an indirect (reported) clause, or a mixed one. */
    CONTENT,
    /** The written statement or outlet a source spoke through ("in a statement", "told CNN"): S6 or S5. */
    CHANNEL
}
