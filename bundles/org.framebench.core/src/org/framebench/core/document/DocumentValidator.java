package org.framebench.core.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.codebook.Codebooks;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchPackage;
import org.framebench.model.Link;

/**
 * The one validation of a Framebench document, run by EMF's {@link Diagnostician} wherever a file is
 * loaded (the workbench, {@code validate}, {@code export}, {@code grade}): EMF's own constraints (every
 * reference resolves inside the file, ids unique, multiplicities) plus the model's: every annotation lies
 * inside its article and covers the text it recorded, its article and code are the file's own, links join
 * two annotations of the file, the embedded codebook is the one its digest names.
 * <p>
 * Each problem is an {@link Diagnostic#ERROR} whose message is one plain sentence. Edited article texts
 * (digest mismatch) are not errors here: {@link DocumentChecks#digestProblems} reports them, because the
 * workbench still opens such a file and points them out.
 */
public final class DocumentValidator extends EObjectValidator {

    /** Source of the diagnostics this validator adds. */
    public static final String DIAGNOSTIC_SOURCE = "org.framebench.core.document";

    private static final int OUTSIDE_ARTICLE = 1;
    private static final int TEXT_MISMATCH = 2;
    private static final int FOREIGN_REFERENCE = 3;
    private static final int MISSING = 4;
    private static final int CODEBOOK_CHANGED = 5;

    private static final Diagnostician DIAGNOSTICIAN;

    static {
        EValidator.Registry registry = new EValidatorRegistryImpl(null);
        registry.put(FramebenchPackage.eINSTANCE, new DocumentValidator());
        DIAGNOSTICIAN = new Diagnostician(registry) {
            @Override
            public String getObjectLabel(EObject eObject) {
                return DocumentValidator.label(eObject);
            }
        };
    }

    private DocumentValidator() {
    }

    /** The problems of {@code document}, as a diagnostic whose children are the problems (OK if none). */
    public static Diagnostic validate(AnnotationDocument document) {
        BasicDiagnostic result = new BasicDiagnostic(DIAGNOSTIC_SOURCE, 0, "Framebench document", new Object[] { document });
        Map<Object, Object> context = DIAGNOSTICIAN.createDefaultContext();
        DIAGNOSTICIAN.validate(document, result, context);
        return result;
    }

    /** The problems of {@code document}, one plain sentence each, at most {@code limit}; empty when valid. */
    public static List<String> problems(AnnotationDocument document, int limit) {
        List<String> problems = new ArrayList<>();
        for (Diagnostic child : validate(document).getChildren()) {
            if (child.getSeverity() >= Diagnostic.ERROR && problems.size() < limit) {
                problems.add(child.getMessage());
            }
        }
        return problems;
    }

    /**
     * Whether {@code problem} is an annotation that no longer fits its article's text (outside it, or on
     * other words): what re-anchoring leaves of annotations it could not place.
     */
    public static boolean isUnanchored(Diagnostic problem) {
        return DIAGNOSTIC_SOURCE.equals(problem.getSource())
                && (problem.getCode() == OUTSIDE_ARTICLE || problem.getCode() == TEXT_MISMATCH);
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        // EMF's own constraints first (unresolved proxies, unique ids, multiplicities), then ours.
        boolean valid = super.validate(eClass, object, diagnostics, context);
        if (object instanceof Annotation annotation) {
            valid &= validateAnnotation(annotation, diagnostics);
        } else if (object instanceof Link link) {
            valid &= validateLink(link, diagnostics);
        } else if (object instanceof Codebook codebook) {
            valid &= validateCodebook(codebook, diagnostics);
        } else if (object instanceof Article article && article.getText() == null) {
            valid = report(diagnostics, MISSING, "The article " + label(article) + " has no text.", article);
        } else if (object instanceof AnnotationDocument document && document.getAssignment() == null) {
            valid = report(diagnostics, MISSING, "The file has no assignment (articles and codebook) in it.", document);
        }
        return valid;
    }

    /**
     * The object {@link #validate_EveryProxyResolves} (which EMF runs first) found to refer to nothing outside a
     * resource: EMF's containment check that follows has nothing left to look at.
     */
    private static final class AllContained {
    }

    @Override
    public boolean validate_EveryReferenceIsContained(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (context.get(AllContained.class) == eObject) {
            return true;
        }
        return super.validate_EveryReferenceIsContained(eObject, diagnostics, context);
    }

    /**
     * EMF's check that no reference is an unresolved proxy, in words for people; in the same walk over the
     * object's references, whether each referenced object is in a resource (EMF's containment check, which
     * runs next and walks them again otherwise). The same problems in the same order.
     */
    @Override
    public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (ClassFacts.of(eObject.eClass()).crossReferences == 0) {
            context.put(AllContained.class, eObject);
            return true;
        }
        boolean contained = eObject.eResource() != null;
        boolean proxies = false;
        boolean dangling = false;
        for (EContentsEList.FeatureIterator<EObject> i = (EContentsEList.FeatureIterator<EObject>) eObject.eCrossReferences()
                .iterator(); i.hasNext();) {
            EObject referenced = i.next();
            if (referenced.eIsProxy()) {
                proxies = true;
            } else if (contained && !dangling && referenced.eResource() == null && !i.feature().isTransient()) {
                dangling = true;
            }
        }
        if (dangling) {
            context.remove(AllContained.class);
        } else {
            context.put(AllContained.class, eObject);
        }
        if (!proxies) {
            return true;
        }
        // EMF's own check resolves proxies, which is safe here (the resource set never loads anything) but
        // words the problem for programmers; say it for people.
        boolean valid = true;
        for (EObject referenced : eObject.eCrossReferences()) {
            if (referenced.eIsProxy()) {
                valid = report(diagnostics, FOREIGN_REFERENCE, label(eObject) + " refers to something outside this file ("
                        + shorten(EcoreUtil.getURI(referenced).toString()) + "); Framebench files must be self-contained.",
                        eObject);
                break;
            }
        }
        return valid;
    }

    /**
     * Whether any feature of the model has a lower bound or a bounded many-valued upper bound, a key or map
     * entries: EMF's multiplicity, key and map-entry checks can fail only then (each walks every feature of
     * every object of a file).
     */
    private static final boolean MODEL_HAS_MULTIPLICITIES;
    private static final boolean MODEL_HAS_KEYS_OR_MAPS;

    static {
        boolean multiplicities = false;
        boolean keysOrMaps = false;
        for (org.eclipse.emf.ecore.EClassifier classifier : FramebenchPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                keysOrMaps |= eClass.getInstanceClass() == java.util.Map.Entry.class;
                for (org.eclipse.emf.ecore.EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                    multiplicities |= feature.getLowerBound() > 0 || feature.getUpperBound() > 1;
                    keysOrMaps |= feature instanceof org.eclipse.emf.ecore.EReference reference && !reference.getEKeys().isEmpty();
                }
            }
        }
        MODEL_HAS_MULTIPLICITIES = multiplicities;
        MODEL_HAS_KEYS_OR_MAPS = keysOrMaps;
    }

    @Override
    public boolean validate_EveryMultiplicityConforms(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return !MODEL_HAS_MULTIPLICITIES || super.validate_EveryMultiplicityConforms(eObject, diagnostics, context);
    }

    @Override
    public boolean validate_EveryKeyUnique(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return !MODEL_HAS_KEYS_OR_MAPS || super.validate_EveryKeyUnique(eObject, diagnostics, context);
    }

    @Override
    public boolean validate_EveryMapEntryUnique(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return !MODEL_HAS_KEYS_OR_MAPS || super.validate_EveryMapEntryUnique(eObject, diagnostics, context);
    }

    /**
     * EMF's check of every attribute's value, over the attributes it can fail on only (the model's own data
     * types: {@link #validate_DataValueConforms}); the same problems in the same order.
     */
    @Override
    public boolean validate_EveryDataValueConforms(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean valid = true;
        for (EAttribute attribute : ClassFacts.of(eObject.eClass()).checkedAttributes) {
            valid &= super.validate_DataValueConforms(eObject, attribute, diagnostics, context);
            if (!valid && diagnostics == null) {
                return false;
            }
        }
        return valid;
    }

    /**
     * EMF's check of bidirectional references, over the references it looks at (those with an opposite that
     * resolve proxies) only, found once per class instead of once per object.
     */
    @Override
    public boolean validate_EveryBidirectionalReferenceIsPaired(EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        boolean valid = true;
        for (EReference reference : ClassFacts.of(eObject.eClass()).pairedReferences) {
            valid &= validate_BidirectionalReferenceIsPaired(eObject, reference, reference.getEOpposite(), diagnostics, context);
            if (!valid && diagnostics == null) {
                return false;
            }
        }
        return valid;
    }

    /** What the checks above need of a class of the model, worked out once. */
    private static final class ClassFacts {

        private static final Map<EClass, ClassFacts> FACTS = new java.util.concurrent.ConcurrentHashMap<>();

        /** Its attributes whose type is not one of Ecore's own (whose values EMF's check can reject). */
        final List<EAttribute> checkedAttributes = new ArrayList<>();
        /** Its references with an opposite that resolve proxies: what EMF's pairing check looks at. */
        final List<EReference> pairedReferences = new ArrayList<>();
        /** How many of its features are cross references (none: nothing to resolve or find outside). */
        final int crossReferences;

        private ClassFacts(EClass eClass) {
            for (EAttribute attribute : eClass.getEAllAttributes()) {
                if (attribute.getEAttributeType().getEPackage() != EcorePackage.eINSTANCE) {
                    checkedAttributes.add(attribute);
                }
            }
            for (EReference reference : eClass.getEAllReferences()) {
                if (reference.isResolveProxies() && reference.getEOpposite() != null) {
                    pairedReferences.add(reference);
                }
            }
            // The features eCrossReferences() walks (ECrossReferenceEList takes them from here).
            org.eclipse.emf.ecore.EStructuralFeature[] crossFeatures = ((org.eclipse.emf.ecore.impl.EClassImpl.FeatureSubsetSupplier) eClass
                    .getEAllStructuralFeatures()).crossReferences();
            crossReferences = crossFeatures == null ? 0 : crossFeatures.length;
        }

        /** The model's own classes by classifier id: asked three times for each object of a file. */
        private static final ClassFacts[] MODEL = new ClassFacts[FramebenchPackage.eINSTANCE.getEClassifiers().size()];

        static ClassFacts of(EClass eClass) {
            if (eClass.getEPackage() == FramebenchPackage.eINSTANCE) {
                ClassFacts facts = MODEL[eClass.getClassifierID()];
                if (facts == null) {
                    facts = new ClassFacts(eClass); // its fields are final: safely seen by other threads
                    MODEL[eClass.getClassifierID()] = facts;
                }
                return facts;
            }
            return FACTS.computeIfAbsent(eClass, ClassFacts::new);
        }
    }

    @Override
    protected boolean validate_DataValueConforms(EObject eObject, EAttribute eAttribute, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        // Ecore's own data types (strings, numbers, dates) put no constraint on a value (EcoreValidator accepts
        // every one); asking for each of a file's thousands of strings was a third of the validation. The
        // model's own types (its enumerations) are still checked.
        if (eAttribute.getEAttributeType().getEPackage() == EcorePackage.eINSTANCE) {
            return true;
        }
        return super.validate_DataValueConforms(eObject, eAttribute, diagnostics, context);
    }

    @Override
    public boolean validate_UniqueID(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String id = EcoreUtil.getID(eObject);
        if (id == null) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, EObject> seen = (Map<String, EObject>) context.computeIfAbsent(UniqueIds.class, k -> new UniqueIds());
        EObject first = seen.putIfAbsent(id, eObject);
        if (first != null && first != eObject) {
            return report(diagnostics, MISSING, label(eObject) + " has the same id (\"" + shorten(id) + "\") as "
                    + label(first) + "; ids must be unique.", eObject);
        }
        return true;
    }

    /** Ids met so far in one validation, across every kind of object (they share one name space in a file). */
    private static final class UniqueIds extends java.util.HashMap<String, EObject> {
        private static final long serialVersionUID = 1L;
    }

    private boolean validateAnnotation(Annotation annotation, DiagnosticChain diagnostics) {
        boolean valid = true;
        AnnotationDocument document = documentOf(annotation);
        if (annotation.getId() == null || annotation.getId().isBlank()) {
            valid = report(diagnostics, MISSING, label(annotation) + " has no id.", annotation);
        }
        Article article = annotation.getArticle();
        if (article == null) {
            valid = report(diagnostics, MISSING, label(annotation) + " does not say which article it is in.", annotation);
        } else if (!article.eIsProxy() && documentOf(article) != document) {
            valid = report(diagnostics, FOREIGN_REFERENCE, label(annotation) + " is in an article that is not in this file.",
                    annotation);
        } else if (!article.eIsProxy()) {
            // A headline annotation's offsets index into the headline, any other's into the body.
            boolean headline = org.framebench.core.text.TextAnchors.inHeadline(annotation);
            String text = org.framebench.core.text.TextAnchors.textOf(annotation);
            int length = text == null ? 0 : text.length();
            if (annotation.getBegin() < 0 || annotation.getEnd() > length || annotation.getBegin() >= annotation.getEnd()) {
                valid = report(diagnostics, OUTSIDE_ARTICLE, label(annotation) + " lies outside its article: characters "
                        + annotation.getBegin() + " to " + annotation.getEnd() + " of " + (headline ? "the headline of " : "")
                        + label(article) + ", which has " + (headline && text == null ? "no headline" : length + "") + ".",
                        annotation);
            } else if (!coversExactly(text, annotation.getBegin(), annotation.getEnd(), annotation.getCoveredText())) {
                valid = report(diagnostics, TEXT_MISMATCH, label(annotation) + " no longer covers the words it was made on (\""
                        + shorten(annotation.getCoveredText()) + "\") in " + (headline ? "the headline of " : "") + label(article)
                        + ".", annotation);
            }
        }
        Code code = annotation.getCode();
        if (code == null) {
            valid = report(diagnostics, MISSING, label(annotation) + " has no code.", annotation);
        } else if (!code.eIsProxy() && documentOf(code) != document) {
            valid = report(diagnostics, FOREIGN_REFERENCE, label(annotation) + " has a code that is not in this file's codebook.",
                    annotation);
        }
        return valid;
    }

    /** Whether {@code text} from {@code begin} to {@code end} is {@code covered} (without copying it out). */
    private static boolean coversExactly(String text, int begin, int end, String covered) {
        return covered != null && covered.length() == end - begin && text.regionMatches(begin, covered, 0, end - begin);
    }

    private boolean validateLink(Link link, DiagnosticChain diagnostics) {
        AnnotationDocument document = documentOf(link);
        for (Annotation end : new Annotation[] { link.getSource(), link.getTarget() }) {
            if (end == null) {
                return report(diagnostics, MISSING, label(link) + " is missing one of its two annotations.", link);
            }
            if (!end.eIsProxy() && documentOf(end) != document) {
                return report(diagnostics, FOREIGN_REFERENCE, label(link) + " joins an annotation that is not in this file.", link);
            }
        }
        return true;
    }

    private boolean validateCodebook(Codebook codebook, DiagnosticChain diagnostics) {
        String actual = Codebooks.digest(codebook);
        String recorded = codebook.getSha256();
        if (recorded != null && !recorded.isBlank()) {
            if (!recorded.equalsIgnoreCase(actual)) {
                return report(diagnostics, CODEBOOK_CHANGED, "The codebook in this file was changed outside Framebench "
                        + "(its fingerprint does not match its codes), so its annotations may carry the wrong codes.", codebook);
            }
            return true;
        }
        // Files written before format 2 record no fingerprint and refer to codes by position: a code removed
        // or duplicated there silently recodes annotations. If it names the built-in codebook, it must be it.
        Codebook builtIn = builtInCodebook();
        if (builtIn != null && builtIn.getId() != null && builtIn.getId().equals(codebook.getId())
                && java.util.Objects.equals(builtIn.getVersion(), codebook.getVersion())
                && !builtIn.getSha256().equals(actual)) {
            return report(diagnostics, CODEBOOK_CHANGED, "The codebook in this file names the built-in codebook (\""
                    + codebook.getId() + "\") but its codes differ from it (removed, added, reordered or edited outside "
                    + "Framebench), so its annotations may carry the wrong codes.", codebook);
        }
        return true;
    }

    private static Codebook builtInCache;

    private static synchronized Codebook builtInCodebook() {
        if (builtInCache == null) {
            try {
                builtInCache = BuiltInCodebook.load();
            } catch (RuntimeException e) {
                return null;
            }
        }
        return builtInCache;
    }

    private static AnnotationDocument documentOf(EObject object) {
        return EcoreUtil.getRootContainer(object) instanceof AnnotationDocument document ? document : null;
    }

    private boolean report(DiagnosticChain diagnostics, int code, String message, EObject object) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, DIAGNOSTIC_SOURCE, code, message, new Object[] { object }));
        }
        return false;
    }

    /** "annotation 3 (id …)", "the link …", "the article BBC (bbc)": how a person finds the thing. */
    static String label(EObject object) {
        if (object instanceof Annotation annotation) {
            String number = annotation.eContainer() instanceof AnnotationDocument document
                    ? " " + (document.getAnnotations().indexOf(annotation) + 1) : "";
            return "Annotation" + number + (annotation.getId() == null ? "" : " (" + shorten(annotation.getId()) + ")");
        }
        if (object instanceof Link link) {
            return "The link " + (link.getId() == null ? "" : "(" + shorten(link.getId()) + ")");
        }
        if (object instanceof Article article) {
            return article.getOutlet() == null ? "\"" + shorten(article.getId()) + "\""
                    : article.getOutlet() + " (" + shorten(article.getId()) + ")";
        }
        if (object instanceof Code code) {
            return "the code " + shorten(code.getId());
        }
        String id = EcoreUtil.getID(object);
        String kind = object.eClass().getName();
        return "The " + kind.toLowerCase() + (id == null ? "" : " " + shorten(id));
    }

    private static String shorten(String text) {
        return FormatVersions.shorten(text, 60);
    }
}
