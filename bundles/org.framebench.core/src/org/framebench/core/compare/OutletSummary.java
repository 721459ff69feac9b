package org.framebench.core.compare;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.framebench.model.Article;

/** One outlet at a glance: statements reported, share of anonymous sources, verbs per class, omissions. */
public final class OutletSummary {

    private final Article article;
    int statements;
    int sourced;
    int anonymous;
    int omissions;
    int differences;
    final EnumMap<VerbClass, Integer> verbs = new EnumMap<>(VerbClass.class);

    OutletSummary(Article article) {
        this.article = article;
    }

    public Article getArticle() {
        return article;
    }

    /** Rows this outlet has something for. */
    public int getStatements() {
        return statements;
    }

    /** Cells whose source kind is known. */
    public int getSourced() {
        return sourced;
    }

    /** Cells whose source is an anonymous individual or group. */
    public int getAnonymous() {
        return anonymous;
    }

    /** Anonymous sources among the cells with a known source kind, 0 to 1; NaN when no source kind is known. */
    public double getAnonymousShare() {
        return sourced == 0 ? Double.NaN : (double) anonymous / sourced;
    }

    public int getOmissions() {
        return omissions;
    }

    /** Cells that differ from their row's majority. */
    public int getDifferences() {
        return differences;
    }

    public int getVerbs(VerbClass verbClass) {
        return verbs.getOrDefault(verbClass, 0);
    }

    public Map<VerbClass, Integer> getVerbs() {
        return Collections.unmodifiableMap(verbs);
    }
}
