/**
 */
package org.framebench.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.framebench.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FramebenchFactoryImpl extends EFactoryImpl implements FramebenchFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static FramebenchFactory init() {
		try {
			FramebenchFactory theFramebenchFactory = (FramebenchFactory)EPackage.Registry.INSTANCE.getEFactory(FramebenchPackage.eNS_URI);
			if (theFramebenchFactory != null) {
				return theFramebenchFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new FramebenchFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FramebenchFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case FramebenchPackage.ASSIGNMENT: return createAssignment();
			case FramebenchPackage.ARTICLE: return createArticle();
			case FramebenchPackage.CODEBOOK: return createCodebook();
			case FramebenchPackage.REFERENCE: return createReference();
			case FramebenchPackage.LAYER: return createLayer();
			case FramebenchPackage.CODE: return createCode();
			case FramebenchPackage.ATTRIBUTE_DEFINITION: return createAttributeDefinition();
			case FramebenchPackage.ANNOTATION_DOCUMENT: return createAnnotationDocument();
			case FramebenchPackage.COMPARISON_NOTE: return createComparisonNote();
			case FramebenchPackage.ANNOTATION: return createAnnotation();
			case FramebenchPackage.ATTRIBUTE_VALUE: return createAttributeValue();
			case FramebenchPackage.LINK: return createLink();
			case FramebenchPackage.FEEDBACK: return createFeedback();
			case FramebenchPackage.REVIEW_DOCUMENT: return createReviewDocument();
			case FramebenchPackage.SCORING_SETTINGS: return createScoringSettings();
			case FramebenchPackage.LAYER_WEIGHT: return createLayerWeight();
			case FramebenchPackage.ADJUSTMENT: return createAdjustment();
			case FramebenchPackage.RETURNED_REVIEW: return createReturnedReview();
			case FramebenchPackage.RETURNED_TERM: return createReturnedTerm();
			case FramebenchPackage.MATCH_MARK: return createMatchMark();
			case FramebenchPackage.GHOST_ANNOTATION: return createGhostAnnotation();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case FramebenchPackage.ATTRIBUTE_KIND:
				return createAttributeKindFromString(eDataType, initialValue);
			case FramebenchPackage.ROLE:
				return createRoleFromString(eDataType, initialValue);
			case FramebenchPackage.LINK_KIND:
				return createLinkKindFromString(eDataType, initialValue);
			case FramebenchPackage.TEXT_REGION:
				return createTextRegionFromString(eDataType, initialValue);
			case FramebenchPackage.MATCH_KIND:
				return createMatchKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case FramebenchPackage.ATTRIBUTE_KIND:
				return convertAttributeKindToString(eDataType, instanceValue);
			case FramebenchPackage.ROLE:
				return convertRoleToString(eDataType, instanceValue);
			case FramebenchPackage.LINK_KIND:
				return convertLinkKindToString(eDataType, instanceValue);
			case FramebenchPackage.TEXT_REGION:
				return convertTextRegionToString(eDataType, instanceValue);
			case FramebenchPackage.MATCH_KIND:
				return convertMatchKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assignment createAssignment() {
		AssignmentImpl assignment = new AssignmentImpl();
		return assignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Article createArticle() {
		ArticleImpl article = new ArticleImpl();
		return article;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Codebook createCodebook() {
		CodebookImpl codebook = new CodebookImpl();
		return codebook;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reference createReference() {
		ReferenceImpl reference = new ReferenceImpl();
		return reference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Layer createLayer() {
		LayerImpl layer = new LayerImpl();
		return layer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Code createCode() {
		CodeImpl code = new CodeImpl();
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttributeDefinition createAttributeDefinition() {
		AttributeDefinitionImpl attributeDefinition = new AttributeDefinitionImpl();
		return attributeDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AnnotationDocument createAnnotationDocument() {
		AnnotationDocumentImpl annotationDocument = new AnnotationDocumentImpl();
		return annotationDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComparisonNote createComparisonNote() {
		ComparisonNoteImpl comparisonNote = new ComparisonNoteImpl();
		return comparisonNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Annotation createAnnotation() {
		AnnotationImpl annotation = new AnnotationImpl();
		return annotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttributeValue createAttributeValue() {
		AttributeValueImpl attributeValue = new AttributeValueImpl();
		return attributeValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Link createLink() {
		LinkImpl link = new LinkImpl();
		return link;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Feedback createFeedback() {
		FeedbackImpl feedback = new FeedbackImpl();
		return feedback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewDocument createReviewDocument() {
		ReviewDocumentImpl reviewDocument = new ReviewDocumentImpl();
		return reviewDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoringSettings createScoringSettings() {
		ScoringSettingsImpl scoringSettings = new ScoringSettingsImpl();
		return scoringSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayerWeight createLayerWeight() {
		LayerWeightImpl layerWeight = new LayerWeightImpl();
		return layerWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Adjustment createAdjustment() {
		AdjustmentImpl adjustment = new AdjustmentImpl();
		return adjustment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReturnedReview createReturnedReview() {
		ReturnedReviewImpl returnedReview = new ReturnedReviewImpl();
		return returnedReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReturnedTerm createReturnedTerm() {
		ReturnedTermImpl returnedTerm = new ReturnedTermImpl();
		return returnedTerm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MatchMark createMatchMark() {
		MatchMarkImpl matchMark = new MatchMarkImpl();
		return matchMark;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GhostAnnotation createGhostAnnotation() {
		GhostAnnotationImpl ghostAnnotation = new GhostAnnotationImpl();
		return ghostAnnotation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AttributeKind createAttributeKindFromString(EDataType eDataType, String initialValue) {
		AttributeKind result = AttributeKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAttributeKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role createRoleFromString(EDataType eDataType, String initialValue) {
		Role result = Role.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LinkKind createLinkKindFromString(EDataType eDataType, String initialValue) {
		LinkKind result = LinkKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLinkKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TextRegion createTextRegionFromString(EDataType eDataType, String initialValue) {
		TextRegion result = TextRegion.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTextRegionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MatchKind createMatchKindFromString(EDataType eDataType, String initialValue) {
		MatchKind result = MatchKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMatchKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FramebenchPackage getFramebenchPackage() {
		return (FramebenchPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static FramebenchPackage getPackage() {
		return FramebenchPackage.eINSTANCE;
	}

} //FramebenchFactoryImpl
