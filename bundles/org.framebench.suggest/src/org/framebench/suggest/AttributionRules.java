package org.framebench.suggest;

import java.util.ArrayList;
import java.util.List;

import org.framebench.model.Codebook;

/** The rules (work in progress). */
final class AttributionRules {

    private final EnglishPipeline pipeline;
    private final ReportingVerbs verbs;
    private final Codebook codebook;

    AttributionRules(EnglishPipeline pipeline, ReportingVerbs verbs, Codebook codebook) {
        this.pipeline = pipeline;
        this.verbs = verbs;
        this.codebook = codebook;
    }

    List<Attribution> find(String articleId, String text) {
        pipeline.analyse(text);
        verbs.entries();
        codebook.getLayers();
        return new ArrayList<>();
    }
}
