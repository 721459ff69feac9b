package org.framebench.core.document;

import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.text.Digests;
import org.framebench.core.text.XmlText;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;

/**
 * XML 1.0 cannot hold most control characters, U+FFFE/U+FFFF or a lone surrogate, and EMF refuses to write
 * a document that has one. They are kept out where text enters ({@link XmlText#clean}); this is the safety
 * net on saving, so one stray character (from a file built by another program, say) can never stop every
 * save and autosave.
 */
final class XmlCharacters {

    /** What replaces a character XML cannot hold: one UTF-16 unit for one, so offsets stay valid. */
    static final char REPLACEMENT = '\uFFFD';

    private XmlCharacters() {
    }

    /** Whether every text in {@code document} can be written as XML 1.0. */
    static boolean isWritable(AnnotationDocument document) {
        for (Iterator<EObject> all = EcoreUtil.getAllProperContents(List.of(document), false); all.hasNext();) {
            EObject object = all.next();
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (isText(attribute) && object.eIsSet(attribute)) {
                    for (String value : values(object, attribute)) {
                        if (!XmlText.isClean(value)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    /**
     * A copy of {@code document} in which every character XML cannot hold is {@link #REPLACEMENT}; an
     * article text changed so gets the digest of its new text. The document itself is not changed.
     */
    static AnnotationDocument writableCopy(AnnotationDocument document) {
        AnnotationDocument copy = EcoreUtil.copy(document);
        for (Iterator<EObject> all = EcoreUtil.getAllProperContents(List.of(copy), false); all.hasNext();) {
            EObject object = all.next();
            for (EAttribute attribute : object.eClass().getEAllAttributes()) {
                if (!isText(attribute) || !object.eIsSet(attribute)) {
                    continue;
                }
                if (attribute.isMany()) {
                    @SuppressWarnings("unchecked")
                    List<String> list = (List<String>) object.eGet(attribute);
                    list.replaceAll(XmlCharacters::clean);
                } else {
                    String value = (String) object.eGet(attribute);
                    String cleaned = clean(value);
                    if (value != null && !value.equals(cleaned)) {
                        object.eSet(attribute, cleaned);
                    }
                }
            }
            if (object instanceof Article article && article.getText() != null && article.getSha256() != null
                    && article.getSha256().equals(Digests.sha256(textOf(document, article)))) {
                article.setSha256(Digests.sha256(article.getText()));
            }
        }
        return copy;
    }

    private static String clean(String text) {
        return XmlText.replaceInvalid(text, REPLACEMENT);
    }

    private static boolean isText(EAttribute attribute) {
        return attribute.getEAttributeType() == EcorePackage.Literals.ESTRING
                || attribute.getEAttributeType().getInstanceClass() == String.class;
    }

    @SuppressWarnings("unchecked")
    private static List<String> values(EObject object, EAttribute attribute) {
        Object value = object.eGet(attribute);
        return attribute.isMany() ? (List<String>) value : java.util.Collections.singletonList((String) value);
    }

    /** The text of the original article {@code copied} was copied from (same id), to compare digests. */
    private static String textOf(AnnotationDocument original, Article copied) {
        if (original.getAssignment() != null) {
            for (Article article : original.getAssignment().getArticles()) {
                if (article.getId() != null && article.getId().equals(copied.getId())) {
                    return article.getText() == null ? "" : article.getText();
                }
            }
        }
        return "";
    }
}
