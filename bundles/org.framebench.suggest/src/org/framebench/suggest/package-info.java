/**
 * Attribution suggestions: finds who is reported as saying what, and how, in an English news article, and
 * suggests annotations with the codes of a Framebench codebook. UI-free; the editor and the command line
 * ({@code framebench suggest}, {@code framebench key --suggest}) build on it.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * List<Attribution> found = AttributionFinder.get().findAttributions(article, codebook);
 * for (Attribution a : found) {
 *     a.source();   // "Libyan government spokesman Musa Ibrahim", S1 (or null)
 *     a.cue();      // "called", A7
 *     a.content();  // "Saturday's talks \"a first step,\"", A3
 * }
 * List<SuggestedAnnotation> flat = AttributionFinder.get().find(article, codebook); // text order
 * }</pre>
 * Each {@link org.framebench.suggest.SuggestedAnnotation} has the article id, UTF-16 offsets into
 * {@code Article.getText()} (end exclusive), the code id, the covered text, a confidence 0..1, the id of the
 * {@link org.framebench.suggest.Attribution} it belongs to (so a caller can link source, cue and content), its
 * {@link org.framebench.suggest.AttributionPart part}, and suggested attribute values (keys of the built-in
 * codebook: {@code identification}, {@code name}, {@code quote_type}, {@code cue_class}, {@code channel},
 * {@code implicit_source}; and {@code verb}, the cue's lemma). Headlines are not searched.
 *
 * {@link org.framebench.suggest.SuggestionDocuments#addAll} turns attributions into annotations of a new document
 * (one annotation per distinct span and code, attribute values its code defines, the parts of each attribution
 * linked as one statement: cue to source, content and channel); {@code framebench key --suggest} uses it. An editor
 * accepting suggestions one by one would rather use its own undoable commands
 * ({@code org.framebench.core.edit.AnnotationCommands}) with the same values.
 *
 * <h2>Codes</h2>
 * Codes are taken from the given codebook by id: content A1 direct quote, A2 indirect, A3 mixed; cue A4 neutral,
 * A5 validating, A6 distancing, A7 evaluative, A8 denial or refusal; source S1 named person, S2 anonymous
 * individual, S3 anonymous group, S4 institution or metonym, S5 another outlet, S6 document or statement. A code
 * the codebook lacks (an instructor's own codebook may have fewer) is never suggested: that part is left out
 * of its attribution (null), and an attribution with no part left is dropped.
 *
 * <h2>What is found</h2>
 * Sentences, tokens, part-of-speech tags and lemmas come from Apache OpenNLP's English models (Universal
 * Dependencies EWT, shipped as bundles; loaded once per JVM, on first use). Over them, general rules:
 * <ul>
 * <li><b>Cues</b>: a verb whose lemma is in the reporting-verb lexicon ({@code lexicon/reporting-verbs.tsv},
 * with its auxiliaries and negation: "has confirmed", "would not say"), and the lexicon's phrases ("according
 * to", "declined to say", "laughed off"). A verb counts as a cue when it has reported content (a quote, a
 * that-clause or a reported clause) or, for denials and refusals, an object. The class comes from the lexicon.</li>
 * <li><b>Direct content</b> (A1): a quotation in straight or typographic marks that the cue introduces or
 * follows, over several sentences; a paragraph that opens with a quote mark when the previous paragraph's quote
 * was not closed continues it (a new attribution with the previous one's source and cue).</li>
 * <li><b>Indirect content</b> (A2): the that-clause or the reported clause after the cue, or the clause before a
 * postposed cue ("..., the official said"), to the end of the sentence or the comma before the cue.</li>
 * <li><b>Mixed content</b> (A3): reported content that holds a quoted fragment but is not one quotation.</li>
 * <li><b>Sources</b>: the noun phrase before the cue (or after a postposed one: "said the official"), with
 * titles, roles and appositives on either side of a name ("Tidewater's chief executive, Helen Marsh,";
 * "according to its operator, Tidewater Lines"), or the noun phrase before a parenthetical who/which or -ing clause
 * ("A coastguard official, who asked not to be named, said"); a personal pronoun takes the kind of the last source it
 * can refer to. Named
 * persons (S1) are proper-noun sequences, with titles before them; anonymous individuals (S2) are singular role
 * nouns with an article or determiner ("a spokesman", "a senior State Department official"); anonymous groups
 * (S3) are plural people nouns ("officials", "rebels"); institutions and metonyms (S4) are capitalised place
 * names, "the US", and noun phrases headed by government, ministry, department, office and the like; outlets (S5)
 * are the capitalised object of "told" ("told CNN"), a channel; statements (S6) are "in a statement" and the
 * like, a channel, or documents as subject.</li>
 * </ul>
 * <b>Confidence</b> reflects the rule's strength: a quotation with a lexicon cue and an adjacent source is near
 * 0.9; an indirect clause without "that" lower; a pronoun source lower still.
 *
 * <h2>Quality</h2>
 * {@link org.framebench.suggest.evaluation.AttributionEvaluator} scores suggestions against a gold set
 * (precision, recall and F1 per part and code; a match needs the same code and a Jaccard overlap of the
 * character spans of at least 0.5). The figures reached on the bundled assignment and on held-out texts are in
 * the test {@code AttributionQualityTest} of {@code org.framebench.suggest.tests}.
 *
 * <h2>Threads and time</h2>
 * Thread-safe. Loading the models takes a few hundred milliseconds once ({@link
 * org.framebench.suggest.AttributionFinder#loadModels()}); after that an article takes about 10 ms of CPU time in a
 * warm JVM (greedy tagging, alphanumeric tokens and one-best lemmas give the same analysis as OpenNLP's beam
 * searches at half the cost), more while the JIT is still compiling.
 */
package org.framebench.suggest;
