package org.framebench.export.xlsx;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framebench.core.codebook.Codebooks;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.Layer;
import org.framebench.model.Link;

/**
 * The rows of the "Annotations" sheet (and of the CSV export) for one or many documents: one row per
 * annotation, one column per attribute defined in the codebooks (union over codes and documents, in
 * codebook order). Both exporters write exactly these values, so the workbook and the CSV agree.
 */
public final class AnnotationTable {

    /** Column indices of the fixed columns (the attribute columns follow {@link #COVERED_TEXT}). */
    public static final int STUDENT_NAME = 0;
    public static final int STUDENT_ID = 1;
    public static final int ANNOTATION_ID = 2;
    public static final int ARTICLE_ID = 3;
    public static final int OUTLET = 4;
    public static final int LAYER = 5;
    public static final int CODE_ID = 6;
    public static final int CODE_LABEL = 7;
    public static final int BEGIN = 8;
    public static final int END = 9;
    public static final int COVERED_TEXT = 10;

    private static final List<String> LEADING_HEADERS = List.of("Student name", "Student id", "Annotation id",
            "Article id", "Outlet", "Layer", "Code id", "Code label", "Begin", "End", "Covered text");
    /** Last, so the columns before it (and the Summary sheet's formulas over them) stay where they were. */
    public static final String REGION_HEADER = "Headline or body";
    private static final List<String> TRAILING_HEADERS = List.of("Note", "Linked annotations", "Created",
            "Modified", REGION_HEADER);

    private final List<AnnotationDocument> documents;
    private final List<AttributeDefinition> attributes = new ArrayList<>();
    private final Map<String, Integer> attributeColumns = new HashMap<>();
    private final List<String> headers = new ArrayList<>();
    /** Codes by layer label, in codebook order, first seen wins (a class normally shares one codebook). */
    private final Map<String, List<Code>> codesByLayer = new LinkedHashMap<>();
    private final List<Article> articles = new ArrayList<>();
    private final int rowCount;
    private final int linkCount;

    public AnnotationTable(List<AnnotationDocument> documents) {
        this.documents = List.copyOf(documents);
        Set<String> seenAttributes = new HashSet<>();
        Set<String> seenCodes = new HashSet<>();
        Set<String> seenArticles = new HashSet<>();
        int rows = 0;
        int links = 0;
        for (AnnotationDocument document : this.documents) {
            rows += document.getAnnotations().size();
            links += document.getLinks().size();
            if (document.getAssignment() == null) {
                continue;
            }
            for (Article article : document.getAssignment().getArticles()) {
                if (seenArticles.add(article.getId())) {
                    articles.add(article);
                }
            }
            if (document.getAssignment().getCodebook() == null) {
                continue;
            }
            for (Code code : Codebooks.allCodes(document.getAssignment().getCodebook())) {
                if (seenCodes.add(code.getId())) {
                    codesByLayer.computeIfAbsent(layerOf(code), k -> new ArrayList<>()).add(code);
                }
                for (AttributeDefinition attribute : code.getAttributes()) {
                    if (seenAttributes.add(attribute.getId())) {
                        attributes.add(attribute);
                    }
                }
            }
        }
        this.rowCount = rows;
        this.linkCount = links;
        headers.addAll(LEADING_HEADERS);
        Set<String> labels = new HashSet<>(LEADING_HEADERS);
        labels.addAll(TRAILING_HEADERS);
        for (AttributeDefinition attribute : attributes) {
            attributeColumns.put(attribute.getId(), headers.size());
            String label = attribute.getLabel() == null || attribute.getLabel().isBlank() ? attribute.getId()
                    : attribute.getLabel();
            // Two attribute sets may both have e.g. "Name": the id keeps the headers apart.
            headers.add(labels.add(label) ? label : label + " (" + attribute.getId() + ")");
        }
        headers.addAll(TRAILING_HEADERS);
    }

    public List<AnnotationDocument> documents() {
        return documents;
    }

    public List<String> headers() {
        return Collections.unmodifiableList(headers);
    }

    /** The attribute columns' definitions, in column order. */
    public List<AttributeDefinition> attributes() {
        return Collections.unmodifiableList(attributes);
    }

    /** Column of the attribute with {@code id}, or -1. */
    public int attributeColumn(String id) {
        return attributeColumns.getOrDefault(id, -1);
    }

    public int noteColumn() {
        return COVERED_TEXT + 1 + attributes.size();
    }

    public int linkedColumn() {
        return noteColumn() + 1;
    }

    public int createdColumn() {
        return noteColumn() + 2;
    }

    public int modifiedColumn() {
        return noteColumn() + 3;
    }

    /** All codes of all documents' codebooks, grouped by layer label, in codebook order. */
    public Map<String, List<Code>> codesByLayer() {
        return Collections.unmodifiableMap(codesByLayer);
    }

    /** All articles of all documents, by id, in assignment order. */
    public List<Article> articles() {
        return Collections.unmodifiableList(articles);
    }

    public int rowCount() {
        return rowCount;
    }

    public int linkCount() {
        return linkCount;
    }

    /** Label of the layer of {@code code} (its id when it has no label), or "" for a code outside any layer. */
    public static String layerOf(Code code) {
        Layer layer = code == null ? null : code.getLayer();
        if (layer == null) {
            return "";
        }
        return layer.getLabel() == null || layer.getLabel().isBlank() ? String.valueOf(layer.getId()) : layer.getLabel();
    }

    /**
     * For each annotation of {@code document}, the ids of the annotations it is linked to (either
     * direction), joined with ", ".
     */
    public static Map<Annotation, String> linkedIds(AnnotationDocument document) {
        if (document.getLinks().isEmpty()) {
            return Map.of();
        }
        Map<Annotation, StringBuilder> ids = new IdentityHashMap<>();
        for (Link link : document.getLinks()) {
            if (link.getSource() != null && link.getTarget() != null) {
                append(ids, link.getSource(), link.getTarget().getId());
                append(ids, link.getTarget(), link.getSource().getId());
            }
        }
        Map<Annotation, String> joined = new IdentityHashMap<>();
        ids.forEach((annotation, builder) -> joined.put(annotation, builder.toString()));
        return joined;
    }

    private static void append(Map<Annotation, StringBuilder> ids, Annotation annotation, String id) {
        StringBuilder builder = ids.get(annotation);
        if (builder == null) {
            ids.put(annotation, new StringBuilder(String.valueOf(id)));
        } else {
            builder.append(", ").append(id);
        }
    }

    /**
     * The row of {@code annotation}: {@link String}, {@link Integer}, {@link Boolean} (boolean attributes),
     * {@link java.util.Date} or null (an empty cell), one value per header.
     */
    public Object[] row(AnnotationDocument document, Annotation annotation, Map<Annotation, String> linkedIds) {
        Object[] row = new Object[headers.size()];
        row[STUDENT_NAME] = document.getAnnotatorName();
        row[STUDENT_ID] = document.getAnnotatorId();
        row[ANNOTATION_ID] = annotation.getId();
        Article article = annotation.getArticle();
        if (article != null) {
            row[ARTICLE_ID] = article.getId();
            row[OUTLET] = article.getOutlet();
        }
        Code code = annotation.getCode();
        if (code != null) {
            row[LAYER] = layerOf(code);
            row[CODE_ID] = code.getId();
            row[CODE_LABEL] = code.getLabel();
        }
        row[BEGIN] = annotation.getBegin();
        row[END] = annotation.getEnd();
        row[COVERED_TEXT] = annotation.getCoveredText();
        for (AttributeValue value : annotation.getAttributeValues()) {
            Integer column = attributeColumns.get(value.getKey());
            if (column != null && value.getValue() != null) {
                row[column] = typed(attributes.get(column - COVERED_TEXT - 1), value.getValue());
            }
        }
        int note = noteColumn();
        row[note] = annotation.getNote();
        row[note + 1] = linkedIds.get(annotation);
        row[note + 2] = annotation.getCreated();
        row[note + 3] = annotation.getModified();
        // Begin and end index into the text this names: the article's headline or its body.
        row[note + 4] = annotation.getRegion() == org.framebench.model.TextRegion.HEADLINE ? "headline" : "body";
        return row;
    }

    private static Object typed(AttributeDefinition attribute, String value) {
        if (attribute.getKind() == AttributeKind.BOOLEAN && ("true".equals(value) || "false".equals(value))) {
            return Boolean.valueOf(value);
        }
        return value;
    }
}
