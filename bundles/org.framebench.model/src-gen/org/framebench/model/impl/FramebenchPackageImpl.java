/**
 */
package org.framebench.model.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.framebench.model.Adjustment;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.ComparisonNote;
import org.framebench.model.Feedback;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.FramebenchPackage;
import org.framebench.model.GhostAnnotation;
import org.framebench.model.Layer;
import org.framebench.model.LayerWeight;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.MatchKind;
import org.framebench.model.MatchMark;
import org.framebench.model.Reference;
import org.framebench.model.ReturnedReview;
import org.framebench.model.ReturnedTerm;
import org.framebench.model.ReviewDocument;
import org.framebench.model.Role;
import org.framebench.model.ScoringSettings;
import org.framebench.model.TextRegion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class FramebenchPackageImpl extends EPackageImpl implements FramebenchPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assignmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass articleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass codebookEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass referenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass layerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass codeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attributeDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass annotationDocumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass comparisonNoteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass annotationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass attributeValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass linkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass feedbackEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewDocumentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoringSettingsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass layerWeightEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass adjustmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass returnedReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass returnedTermEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass matchMarkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ghostAnnotationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum attributeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum linkKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum textRegionEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum matchKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.framebench.model.FramebenchPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private FramebenchPackageImpl() {
		super(eNS_URI, FramebenchFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link FramebenchPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static FramebenchPackage init() {
		if (isInited) return (FramebenchPackage)EPackage.Registry.INSTANCE.getEPackage(FramebenchPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredFramebenchPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		FramebenchPackageImpl theFramebenchPackage = registeredFramebenchPackage instanceof FramebenchPackageImpl ? (FramebenchPackageImpl)registeredFramebenchPackage : new FramebenchPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theFramebenchPackage.createPackageContents();

		// Initialize created meta-data
		theFramebenchPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theFramebenchPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(FramebenchPackage.eNS_URI, theFramebenchPackage);
		return theFramebenchPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssignment() {
		return assignmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignment_Id() {
		return (EAttribute)assignmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignment_Title() {
		return (EAttribute)assignmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignment_Version() {
		return (EAttribute)assignmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignment_Instructions() {
		return (EAttribute)assignmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignment_Articles() {
		return (EReference)assignmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssignment_Codebook() {
		return (EReference)assignmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssignment_SuggestionsForStudents() {
		return (EAttribute)assignmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getArticle() {
		return articleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Id() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Outlet() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Title() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_SourceFile() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Notes() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Text() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Sha256() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Headline() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Byline() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Published() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getArticle_Url() {
		return (EAttribute)articleEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCodebook() {
		return codebookEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCodebook_Id() {
		return (EAttribute)codebookEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCodebook_Name() {
		return (EAttribute)codebookEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCodebook_Version() {
		return (EAttribute)codebookEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCodebook_Sha256() {
		return (EAttribute)codebookEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCodebook_Layers() {
		return (EReference)codebookEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCodebook_References() {
		return (EReference)codebookEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReference() {
		return referenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReference_Key() {
		return (EAttribute)referenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReference_Citation() {
		return (EAttribute)referenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLayer() {
		return layerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayer_Id() {
		return (EAttribute)layerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayer_Label() {
		return (EAttribute)layerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayer_Description() {
		return (EAttribute)layerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLayer_Codes() {
		return (EReference)layerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCode() {
		return codeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCode_Id() {
		return (EAttribute)codeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCode_Label() {
		return (EAttribute)codeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCode_Definition() {
		return (EAttribute)codeEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCode_Example() {
		return (EAttribute)codeEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCode_ExampleSource() {
		return (EAttribute)codeEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCode_Colour() {
		return (EAttribute)codeEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCode_ShortcutKey() {
		return (EAttribute)codeEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCode_References() {
		return (EAttribute)codeEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCode_Attributes() {
		return (EReference)codeEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCode_Layer() {
		return (EReference)codeEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttributeDefinition() {
		return attributeDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeDefinition_Id() {
		return (EAttribute)attributeDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeDefinition_Label() {
		return (EAttribute)attributeDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeDefinition_Description() {
		return (EAttribute)attributeDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeDefinition_Kind() {
		return (EAttribute)attributeDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeDefinition_AllowedValues() {
		return (EAttribute)attributeDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnnotationDocument() {
		return annotationDocumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotationDocument_Id() {
		return (EAttribute)annotationDocumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotationDocument_FormatVersion() {
		return (EAttribute)annotationDocumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotationDocument_AnnotatorName() {
		return (EAttribute)annotationDocumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotationDocument_AnnotatorId() {
		return (EAttribute)annotationDocumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotationDocument_Role() {
		return (EAttribute)annotationDocumentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotationDocument_Created() {
		return (EAttribute)annotationDocumentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotationDocument_Modified() {
		return (EAttribute)annotationDocumentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotationDocument_ToolVersion() {
		return (EAttribute)annotationDocumentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnnotationDocument_Assignment() {
		return (EReference)annotationDocumentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnnotationDocument_Annotations() {
		return (EReference)annotationDocumentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnnotationDocument_Links() {
		return (EReference)annotationDocumentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnnotationDocument_Feedback() {
		return (EReference)annotationDocumentEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnnotationDocument_ComparisonNotes() {
		return (EReference)annotationDocumentEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnnotationDocument_ReturnedReview() {
		return (EReference)annotationDocumentEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotationDocument_DismissedSuggestions() {
		return (EAttribute)annotationDocumentEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComparisonNote() {
		return comparisonNoteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparisonNote_Id() {
		return (EAttribute)comparisonNoteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getComparisonNote_Annotations() {
		return (EReference)comparisonNoteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparisonNote_Text() {
		return (EAttribute)comparisonNoteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparisonNote_Created() {
		return (EAttribute)comparisonNoteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComparisonNote_Modified() {
		return (EAttribute)comparisonNoteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnnotation() {
		return annotationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_Id() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnnotation_Article() {
		return (EReference)annotationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_Begin() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_End() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_CoveredText() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_ContextBefore() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_ContextAfter() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnnotation_Code() {
		return (EReference)annotationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnnotation_AttributeValues() {
		return (EReference)annotationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_Note() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_Created() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_Modified() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_Region() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnnotation_FromSuggestion() {
		return (EAttribute)annotationEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAttributeValue() {
		return attributeValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeValue_Key() {
		return (EAttribute)attributeValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAttributeValue_Value() {
		return (EAttribute)attributeValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLink() {
		return linkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_Id() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLink_Source() {
		return (EReference)linkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLink_Target() {
		return (EReference)linkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_Kind() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_Note() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLink_Created() {
		return (EAttribute)linkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFeedback() {
		return feedbackEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_Id() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFeedback_Annotation() {
		return (EReference)feedbackEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_AnnotationId() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_Author() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_Text() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_Score() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_Created() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_SubmissionAnnotatorId() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_SubmissionId() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewDocument() {
		return reviewDocumentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewDocument_Id() {
		return (EAttribute)reviewDocumentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewDocument_FormatVersion() {
		return (EAttribute)reviewDocumentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewDocument_AssignmentId() {
		return (EAttribute)reviewDocumentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewDocument_Author() {
		return (EAttribute)reviewDocumentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewDocument_Created() {
		return (EAttribute)reviewDocumentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewDocument_Modified() {
		return (EAttribute)reviewDocumentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewDocument_ToolVersion() {
		return (EAttribute)reviewDocumentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewDocument_Feedback() {
		return (EReference)reviewDocumentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewDocument_Scoring() {
		return (EReference)reviewDocumentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReviewDocument_Adjustments() {
		return (EReference)reviewDocumentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScoringSettings() {
		return scoringSettingsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoringSettings_Threshold() {
		return (EAttribute)scoringSettingsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoringSettings_WrongCodeCredit() {
		return (EAttribute)scoringSettingsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoringSettings_DefaultLayerWeight() {
		return (EAttribute)scoringSettingsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoringSettings_AttributeWeight() {
		return (EAttribute)scoringSettingsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoringSettings_LinkWeight() {
		return (EAttribute)scoringSettingsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScoringSettings_LayerWeights() {
		return (EReference)scoringSettingsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLayerWeight() {
		return layerWeightEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerWeight_LayerId() {
		return (EAttribute)layerWeightEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLayerWeight_Weight() {
		return (EAttribute)layerWeightEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAdjustment() {
		return adjustmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjustment_Id() {
		return (EAttribute)adjustmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjustment_SubmissionId() {
		return (EAttribute)adjustmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjustment_SubmissionAnnotatorId() {
		return (EAttribute)adjustmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjustment_Points() {
		return (EAttribute)adjustmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjustment_Reason() {
		return (EAttribute)adjustmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjustment_Author() {
		return (EAttribute)adjustmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAdjustment_Created() {
		return (EAttribute)adjustmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReturnedReview() {
		return returnedReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnedReview_Returned() {
		return (EAttribute)returnedReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnedReview_Author() {
		return (EAttribute)returnedReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnedReview_Score() {
		return (EAttribute)returnedReviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnedReview_FeedbackPoints() {
		return (EAttribute)returnedReviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnedReview_Adjustment() {
		return (EAttribute)returnedReviewEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnedReview_AdjustmentReason() {
		return (EAttribute)returnedReviewEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnedReview_Grade() {
		return (EAttribute)returnedReviewEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnedReview_Explanation() {
		return (EAttribute)returnedReviewEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReturnedReview_Terms() {
		return (EReference)returnedReviewEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReturnedReview_Marks() {
		return (EReference)returnedReviewEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReturnedReview_Ghosts() {
		return (EReference)returnedReviewEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReturnedReview_Feedback() {
		return (EReference)returnedReviewEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReturnedTerm() {
		return returnedTermEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnedTerm_Label() {
		return (EAttribute)returnedTermEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnedTerm_Weight() {
		return (EAttribute)returnedTermEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnedTerm_Value() {
		return (EAttribute)returnedTermEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReturnedTerm_Note() {
		return (EAttribute)returnedTermEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMatchMark() {
		return matchMarkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMatchMark_Annotation() {
		return (EReference)matchMarkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMatchMark_Kind() {
		return (EAttribute)matchMarkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMatchMark_Overlap() {
		return (EAttribute)matchMarkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMatchMark_KeyCode() {
		return (EReference)matchMarkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGhostAnnotation() {
		return ghostAnnotationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGhostAnnotation_KeyAnnotationId() {
		return (EAttribute)ghostAnnotationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGhostAnnotation_Article() {
		return (EReference)ghostAnnotationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGhostAnnotation_Region() {
		return (EAttribute)ghostAnnotationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGhostAnnotation_Begin() {
		return (EAttribute)ghostAnnotationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGhostAnnotation_End() {
		return (EAttribute)ghostAnnotationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGhostAnnotation_CoveredText() {
		return (EAttribute)ghostAnnotationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGhostAnnotation_Code() {
		return (EReference)ghostAnnotationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAttributeKind() {
		return attributeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRole() {
		return roleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getLinkKind() {
		return linkKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTextRegion() {
		return textRegionEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMatchKind() {
		return matchKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FramebenchFactory getFramebenchFactory() {
		return (FramebenchFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		assignmentEClass = createEClass(ASSIGNMENT);
		createEAttribute(assignmentEClass, ASSIGNMENT__ID);
		createEAttribute(assignmentEClass, ASSIGNMENT__TITLE);
		createEAttribute(assignmentEClass, ASSIGNMENT__VERSION);
		createEAttribute(assignmentEClass, ASSIGNMENT__INSTRUCTIONS);
		createEReference(assignmentEClass, ASSIGNMENT__ARTICLES);
		createEReference(assignmentEClass, ASSIGNMENT__CODEBOOK);
		createEAttribute(assignmentEClass, ASSIGNMENT__SUGGESTIONS_FOR_STUDENTS);

		articleEClass = createEClass(ARTICLE);
		createEAttribute(articleEClass, ARTICLE__ID);
		createEAttribute(articleEClass, ARTICLE__OUTLET);
		createEAttribute(articleEClass, ARTICLE__TITLE);
		createEAttribute(articleEClass, ARTICLE__SOURCE_FILE);
		createEAttribute(articleEClass, ARTICLE__NOTES);
		createEAttribute(articleEClass, ARTICLE__TEXT);
		createEAttribute(articleEClass, ARTICLE__SHA256);
		createEAttribute(articleEClass, ARTICLE__HEADLINE);
		createEAttribute(articleEClass, ARTICLE__BYLINE);
		createEAttribute(articleEClass, ARTICLE__PUBLISHED);
		createEAttribute(articleEClass, ARTICLE__URL);

		codebookEClass = createEClass(CODEBOOK);
		createEAttribute(codebookEClass, CODEBOOK__ID);
		createEAttribute(codebookEClass, CODEBOOK__NAME);
		createEAttribute(codebookEClass, CODEBOOK__VERSION);
		createEAttribute(codebookEClass, CODEBOOK__SHA256);
		createEReference(codebookEClass, CODEBOOK__LAYERS);
		createEReference(codebookEClass, CODEBOOK__REFERENCES);

		referenceEClass = createEClass(REFERENCE);
		createEAttribute(referenceEClass, REFERENCE__KEY);
		createEAttribute(referenceEClass, REFERENCE__CITATION);

		layerEClass = createEClass(LAYER);
		createEAttribute(layerEClass, LAYER__ID);
		createEAttribute(layerEClass, LAYER__LABEL);
		createEAttribute(layerEClass, LAYER__DESCRIPTION);
		createEReference(layerEClass, LAYER__CODES);

		codeEClass = createEClass(CODE);
		createEAttribute(codeEClass, CODE__ID);
		createEAttribute(codeEClass, CODE__LABEL);
		createEAttribute(codeEClass, CODE__DEFINITION);
		createEAttribute(codeEClass, CODE__EXAMPLE);
		createEAttribute(codeEClass, CODE__EXAMPLE_SOURCE);
		createEAttribute(codeEClass, CODE__COLOUR);
		createEAttribute(codeEClass, CODE__SHORTCUT_KEY);
		createEAttribute(codeEClass, CODE__REFERENCES);
		createEReference(codeEClass, CODE__ATTRIBUTES);
		createEReference(codeEClass, CODE__LAYER);

		attributeDefinitionEClass = createEClass(ATTRIBUTE_DEFINITION);
		createEAttribute(attributeDefinitionEClass, ATTRIBUTE_DEFINITION__ID);
		createEAttribute(attributeDefinitionEClass, ATTRIBUTE_DEFINITION__LABEL);
		createEAttribute(attributeDefinitionEClass, ATTRIBUTE_DEFINITION__DESCRIPTION);
		createEAttribute(attributeDefinitionEClass, ATTRIBUTE_DEFINITION__KIND);
		createEAttribute(attributeDefinitionEClass, ATTRIBUTE_DEFINITION__ALLOWED_VALUES);

		annotationDocumentEClass = createEClass(ANNOTATION_DOCUMENT);
		createEAttribute(annotationDocumentEClass, ANNOTATION_DOCUMENT__ID);
		createEAttribute(annotationDocumentEClass, ANNOTATION_DOCUMENT__FORMAT_VERSION);
		createEAttribute(annotationDocumentEClass, ANNOTATION_DOCUMENT__ANNOTATOR_NAME);
		createEAttribute(annotationDocumentEClass, ANNOTATION_DOCUMENT__ANNOTATOR_ID);
		createEAttribute(annotationDocumentEClass, ANNOTATION_DOCUMENT__ROLE);
		createEAttribute(annotationDocumentEClass, ANNOTATION_DOCUMENT__CREATED);
		createEAttribute(annotationDocumentEClass, ANNOTATION_DOCUMENT__MODIFIED);
		createEAttribute(annotationDocumentEClass, ANNOTATION_DOCUMENT__TOOL_VERSION);
		createEReference(annotationDocumentEClass, ANNOTATION_DOCUMENT__ASSIGNMENT);
		createEReference(annotationDocumentEClass, ANNOTATION_DOCUMENT__ANNOTATIONS);
		createEReference(annotationDocumentEClass, ANNOTATION_DOCUMENT__LINKS);
		createEReference(annotationDocumentEClass, ANNOTATION_DOCUMENT__FEEDBACK);
		createEReference(annotationDocumentEClass, ANNOTATION_DOCUMENT__COMPARISON_NOTES);
		createEReference(annotationDocumentEClass, ANNOTATION_DOCUMENT__RETURNED_REVIEW);
		createEAttribute(annotationDocumentEClass, ANNOTATION_DOCUMENT__DISMISSED_SUGGESTIONS);

		comparisonNoteEClass = createEClass(COMPARISON_NOTE);
		createEAttribute(comparisonNoteEClass, COMPARISON_NOTE__ID);
		createEReference(comparisonNoteEClass, COMPARISON_NOTE__ANNOTATIONS);
		createEAttribute(comparisonNoteEClass, COMPARISON_NOTE__TEXT);
		createEAttribute(comparisonNoteEClass, COMPARISON_NOTE__CREATED);
		createEAttribute(comparisonNoteEClass, COMPARISON_NOTE__MODIFIED);

		annotationEClass = createEClass(ANNOTATION);
		createEAttribute(annotationEClass, ANNOTATION__ID);
		createEReference(annotationEClass, ANNOTATION__ARTICLE);
		createEAttribute(annotationEClass, ANNOTATION__BEGIN);
		createEAttribute(annotationEClass, ANNOTATION__END);
		createEAttribute(annotationEClass, ANNOTATION__COVERED_TEXT);
		createEAttribute(annotationEClass, ANNOTATION__CONTEXT_BEFORE);
		createEAttribute(annotationEClass, ANNOTATION__CONTEXT_AFTER);
		createEReference(annotationEClass, ANNOTATION__CODE);
		createEReference(annotationEClass, ANNOTATION__ATTRIBUTE_VALUES);
		createEAttribute(annotationEClass, ANNOTATION__NOTE);
		createEAttribute(annotationEClass, ANNOTATION__CREATED);
		createEAttribute(annotationEClass, ANNOTATION__MODIFIED);
		createEAttribute(annotationEClass, ANNOTATION__REGION);
		createEAttribute(annotationEClass, ANNOTATION__FROM_SUGGESTION);

		attributeValueEClass = createEClass(ATTRIBUTE_VALUE);
		createEAttribute(attributeValueEClass, ATTRIBUTE_VALUE__KEY);
		createEAttribute(attributeValueEClass, ATTRIBUTE_VALUE__VALUE);

		linkEClass = createEClass(LINK);
		createEAttribute(linkEClass, LINK__ID);
		createEReference(linkEClass, LINK__SOURCE);
		createEReference(linkEClass, LINK__TARGET);
		createEAttribute(linkEClass, LINK__KIND);
		createEAttribute(linkEClass, LINK__NOTE);
		createEAttribute(linkEClass, LINK__CREATED);

		feedbackEClass = createEClass(FEEDBACK);
		createEAttribute(feedbackEClass, FEEDBACK__ID);
		createEReference(feedbackEClass, FEEDBACK__ANNOTATION);
		createEAttribute(feedbackEClass, FEEDBACK__ANNOTATION_ID);
		createEAttribute(feedbackEClass, FEEDBACK__AUTHOR);
		createEAttribute(feedbackEClass, FEEDBACK__TEXT);
		createEAttribute(feedbackEClass, FEEDBACK__SCORE);
		createEAttribute(feedbackEClass, FEEDBACK__CREATED);
		createEAttribute(feedbackEClass, FEEDBACK__SUBMISSION_ANNOTATOR_ID);
		createEAttribute(feedbackEClass, FEEDBACK__SUBMISSION_ID);

		reviewDocumentEClass = createEClass(REVIEW_DOCUMENT);
		createEAttribute(reviewDocumentEClass, REVIEW_DOCUMENT__ID);
		createEAttribute(reviewDocumentEClass, REVIEW_DOCUMENT__FORMAT_VERSION);
		createEAttribute(reviewDocumentEClass, REVIEW_DOCUMENT__ASSIGNMENT_ID);
		createEAttribute(reviewDocumentEClass, REVIEW_DOCUMENT__AUTHOR);
		createEAttribute(reviewDocumentEClass, REVIEW_DOCUMENT__CREATED);
		createEAttribute(reviewDocumentEClass, REVIEW_DOCUMENT__MODIFIED);
		createEAttribute(reviewDocumentEClass, REVIEW_DOCUMENT__TOOL_VERSION);
		createEReference(reviewDocumentEClass, REVIEW_DOCUMENT__FEEDBACK);
		createEReference(reviewDocumentEClass, REVIEW_DOCUMENT__SCORING);
		createEReference(reviewDocumentEClass, REVIEW_DOCUMENT__ADJUSTMENTS);

		scoringSettingsEClass = createEClass(SCORING_SETTINGS);
		createEAttribute(scoringSettingsEClass, SCORING_SETTINGS__THRESHOLD);
		createEAttribute(scoringSettingsEClass, SCORING_SETTINGS__WRONG_CODE_CREDIT);
		createEAttribute(scoringSettingsEClass, SCORING_SETTINGS__DEFAULT_LAYER_WEIGHT);
		createEAttribute(scoringSettingsEClass, SCORING_SETTINGS__ATTRIBUTE_WEIGHT);
		createEAttribute(scoringSettingsEClass, SCORING_SETTINGS__LINK_WEIGHT);
		createEReference(scoringSettingsEClass, SCORING_SETTINGS__LAYER_WEIGHTS);

		layerWeightEClass = createEClass(LAYER_WEIGHT);
		createEAttribute(layerWeightEClass, LAYER_WEIGHT__LAYER_ID);
		createEAttribute(layerWeightEClass, LAYER_WEIGHT__WEIGHT);

		adjustmentEClass = createEClass(ADJUSTMENT);
		createEAttribute(adjustmentEClass, ADJUSTMENT__ID);
		createEAttribute(adjustmentEClass, ADJUSTMENT__SUBMISSION_ID);
		createEAttribute(adjustmentEClass, ADJUSTMENT__SUBMISSION_ANNOTATOR_ID);
		createEAttribute(adjustmentEClass, ADJUSTMENT__POINTS);
		createEAttribute(adjustmentEClass, ADJUSTMENT__REASON);
		createEAttribute(adjustmentEClass, ADJUSTMENT__AUTHOR);
		createEAttribute(adjustmentEClass, ADJUSTMENT__CREATED);

		returnedReviewEClass = createEClass(RETURNED_REVIEW);
		createEAttribute(returnedReviewEClass, RETURNED_REVIEW__RETURNED);
		createEAttribute(returnedReviewEClass, RETURNED_REVIEW__AUTHOR);
		createEAttribute(returnedReviewEClass, RETURNED_REVIEW__SCORE);
		createEAttribute(returnedReviewEClass, RETURNED_REVIEW__FEEDBACK_POINTS);
		createEAttribute(returnedReviewEClass, RETURNED_REVIEW__ADJUSTMENT);
		createEAttribute(returnedReviewEClass, RETURNED_REVIEW__ADJUSTMENT_REASON);
		createEAttribute(returnedReviewEClass, RETURNED_REVIEW__GRADE);
		createEAttribute(returnedReviewEClass, RETURNED_REVIEW__EXPLANATION);
		createEReference(returnedReviewEClass, RETURNED_REVIEW__TERMS);
		createEReference(returnedReviewEClass, RETURNED_REVIEW__MARKS);
		createEReference(returnedReviewEClass, RETURNED_REVIEW__GHOSTS);
		createEReference(returnedReviewEClass, RETURNED_REVIEW__FEEDBACK);

		returnedTermEClass = createEClass(RETURNED_TERM);
		createEAttribute(returnedTermEClass, RETURNED_TERM__LABEL);
		createEAttribute(returnedTermEClass, RETURNED_TERM__WEIGHT);
		createEAttribute(returnedTermEClass, RETURNED_TERM__VALUE);
		createEAttribute(returnedTermEClass, RETURNED_TERM__NOTE);

		matchMarkEClass = createEClass(MATCH_MARK);
		createEReference(matchMarkEClass, MATCH_MARK__ANNOTATION);
		createEAttribute(matchMarkEClass, MATCH_MARK__KIND);
		createEAttribute(matchMarkEClass, MATCH_MARK__OVERLAP);
		createEReference(matchMarkEClass, MATCH_MARK__KEY_CODE);

		ghostAnnotationEClass = createEClass(GHOST_ANNOTATION);
		createEAttribute(ghostAnnotationEClass, GHOST_ANNOTATION__KEY_ANNOTATION_ID);
		createEReference(ghostAnnotationEClass, GHOST_ANNOTATION__ARTICLE);
		createEAttribute(ghostAnnotationEClass, GHOST_ANNOTATION__REGION);
		createEAttribute(ghostAnnotationEClass, GHOST_ANNOTATION__BEGIN);
		createEAttribute(ghostAnnotationEClass, GHOST_ANNOTATION__END);
		createEAttribute(ghostAnnotationEClass, GHOST_ANNOTATION__COVERED_TEXT);
		createEReference(ghostAnnotationEClass, GHOST_ANNOTATION__CODE);

		// Create enums
		attributeKindEEnum = createEEnum(ATTRIBUTE_KIND);
		roleEEnum = createEEnum(ROLE);
		linkKindEEnum = createEEnum(LINK_KIND);
		textRegionEEnum = createEEnum(TEXT_REGION);
		matchKindEEnum = createEEnum(MATCH_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(assignmentEClass, Assignment.class, "Assignment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssignment_Id(), ecorePackage.getEString(), "id", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssignment_Title(), ecorePackage.getEString(), "title", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssignment_Version(), ecorePackage.getEString(), "version", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssignment_Instructions(), ecorePackage.getEString(), "instructions", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssignment_Articles(), this.getArticle(), null, "articles", null, 0, -1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssignment_Codebook(), this.getCodebook(), null, "codebook", null, 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssignment_SuggestionsForStudents(), ecorePackage.getEBoolean(), "suggestionsForStudents", "false", 0, 1, Assignment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(articleEClass, Article.class, "Article", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getArticle_Id(), ecorePackage.getEString(), "id", null, 0, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_Outlet(), ecorePackage.getEString(), "outlet", null, 0, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_Title(), ecorePackage.getEString(), "title", null, 0, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_SourceFile(), ecorePackage.getEString(), "sourceFile", null, 0, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_Text(), ecorePackage.getEString(), "text", null, 0, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_Headline(), ecorePackage.getEString(), "headline", null, 0, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_Byline(), ecorePackage.getEString(), "byline", null, 0, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_Published(), ecorePackage.getEString(), "published", null, 0, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getArticle_Url(), ecorePackage.getEString(), "url", null, 0, 1, Article.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(codebookEClass, Codebook.class, "Codebook", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCodebook_Id(), ecorePackage.getEString(), "id", null, 0, 1, Codebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCodebook_Name(), ecorePackage.getEString(), "name", null, 0, 1, Codebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCodebook_Version(), ecorePackage.getEString(), "version", null, 0, 1, Codebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCodebook_Sha256(), ecorePackage.getEString(), "sha256", null, 0, 1, Codebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCodebook_Layers(), this.getLayer(), null, "layers", null, 0, -1, Codebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCodebook_References(), this.getReference(), null, "references", null, 0, -1, Codebook.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(referenceEClass, Reference.class, "Reference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReference_Key(), ecorePackage.getEString(), "key", null, 0, 1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReference_Citation(), ecorePackage.getEString(), "citation", null, 0, 1, Reference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(layerEClass, Layer.class, "Layer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLayer_Id(), ecorePackage.getEString(), "id", null, 0, 1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayer_Label(), ecorePackage.getEString(), "label", null, 0, 1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayer_Description(), ecorePackage.getEString(), "description", null, 0, 1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLayer_Codes(), this.getCode(), this.getCode_Layer(), "codes", null, 0, -1, Layer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(codeEClass, Code.class, "Code", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCode_Id(), ecorePackage.getEString(), "id", null, 0, 1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCode_Label(), ecorePackage.getEString(), "label", null, 0, 1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCode_Definition(), ecorePackage.getEString(), "definition", null, 0, 1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCode_Example(), ecorePackage.getEString(), "example", null, 0, 1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCode_ExampleSource(), ecorePackage.getEString(), "exampleSource", null, 0, 1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCode_Colour(), ecorePackage.getEString(), "colour", null, 0, 1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCode_ShortcutKey(), ecorePackage.getEString(), "shortcutKey", null, 0, 1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCode_References(), ecorePackage.getEString(), "references", null, 0, -1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCode_Attributes(), this.getAttributeDefinition(), null, "attributes", null, 0, -1, Code.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCode_Layer(), this.getLayer(), this.getLayer_Codes(), "layer", null, 0, 1, Code.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(attributeDefinitionEClass, AttributeDefinition.class, "AttributeDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAttributeDefinition_Id(), ecorePackage.getEString(), "id", null, 0, 1, AttributeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttributeDefinition_Label(), ecorePackage.getEString(), "label", null, 0, 1, AttributeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttributeDefinition_Description(), ecorePackage.getEString(), "description", null, 0, 1, AttributeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttributeDefinition_Kind(), this.getAttributeKind(), "kind", null, 0, 1, AttributeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttributeDefinition_AllowedValues(), ecorePackage.getEString(), "allowedValues", null, 0, -1, AttributeDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(annotationDocumentEClass, AnnotationDocument.class, "AnnotationDocument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnnotationDocument_Id(), ecorePackage.getEString(), "id", null, 0, 1, AnnotationDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotationDocument_FormatVersion(), ecorePackage.getEInt(), "formatVersion", "1", 0, 1, AnnotationDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotationDocument_AnnotatorName(), ecorePackage.getEString(), "annotatorName", null, 0, 1, AnnotationDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotationDocument_AnnotatorId(), ecorePackage.getEString(), "annotatorId", null, 0, 1, AnnotationDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotationDocument_Role(), this.getRole(), "role", null, 0, 1, AnnotationDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotationDocument_Created(), ecorePackage.getEDate(), "created", null, 0, 1, AnnotationDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotationDocument_Modified(), ecorePackage.getEDate(), "modified", null, 0, 1, AnnotationDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotationDocument_ToolVersion(), ecorePackage.getEString(), "toolVersion", null, 0, 1, AnnotationDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnnotationDocument_Assignment(), this.getAssignment(), null, "assignment", null, 0, 1, AnnotationDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnnotationDocument_Annotations(), this.getAnnotation(), null, "annotations", null, 0, -1, AnnotationDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnnotationDocument_Links(), this.getLink(), null, "links", null, 0, -1, AnnotationDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnnotationDocument_Feedback(), this.getFeedback(), null, "feedback", null, 0, -1, AnnotationDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnnotationDocument_ComparisonNotes(), this.getComparisonNote(), null, "comparisonNotes", null, 0, -1, AnnotationDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnnotationDocument_ReturnedReview(), this.getReturnedReview(), null, "returnedReview", null, 0, 1, AnnotationDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotationDocument_DismissedSuggestions(), ecorePackage.getEString(), "dismissedSuggestions", null, 0, -1, AnnotationDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(comparisonNoteEClass, ComparisonNote.class, "ComparisonNote", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getComparisonNote_Id(), ecorePackage.getEString(), "id", null, 0, 1, ComparisonNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getComparisonNote_Annotations(), this.getAnnotation(), null, "annotations", null, 0, -1, ComparisonNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComparisonNote_Text(), ecorePackage.getEString(), "text", null, 0, 1, ComparisonNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComparisonNote_Created(), ecorePackage.getEDate(), "created", null, 0, 1, ComparisonNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getComparisonNote_Modified(), ecorePackage.getEDate(), "modified", null, 0, 1, ComparisonNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(annotationEClass, Annotation.class, "Annotation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnnotation_Id(), ecorePackage.getEString(), "id", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnnotation_Article(), this.getArticle(), null, "article", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_Begin(), ecorePackage.getEInt(), "begin", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_End(), ecorePackage.getEInt(), "end", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_CoveredText(), ecorePackage.getEString(), "coveredText", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_ContextBefore(), ecorePackage.getEString(), "contextBefore", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_ContextAfter(), ecorePackage.getEString(), "contextAfter", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnnotation_Code(), this.getCode(), null, "code", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnnotation_AttributeValues(), this.getAttributeValue(), null, "attributeValues", null, 0, -1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_Note(), ecorePackage.getEString(), "note", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_Created(), ecorePackage.getEDate(), "created", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_Modified(), ecorePackage.getEDate(), "modified", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_Region(), this.getTextRegion(), "region", null, 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnnotation_FromSuggestion(), ecorePackage.getEBoolean(), "fromSuggestion", "false", 0, 1, Annotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(attributeValueEClass, AttributeValue.class, "AttributeValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAttributeValue_Key(), ecorePackage.getEString(), "key", null, 0, 1, AttributeValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAttributeValue_Value(), ecorePackage.getEString(), "value", null, 0, 1, AttributeValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(linkEClass, Link.class, "Link", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLink_Id(), ecorePackage.getEString(), "id", null, 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLink_Source(), this.getAnnotation(), null, "source", null, 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLink_Target(), this.getAnnotation(), null, "target", null, 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_Kind(), this.getLinkKind(), "kind", null, 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_Note(), ecorePackage.getEString(), "note", null, 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLink_Created(), ecorePackage.getEDate(), "created", null, 0, 1, Link.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(feedbackEClass, Feedback.class, "Feedback", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFeedback_Id(), ecorePackage.getEString(), "id", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFeedback_Annotation(), this.getAnnotation(), null, "annotation", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeedback_AnnotationId(), ecorePackage.getEString(), "annotationId", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeedback_Author(), ecorePackage.getEString(), "author", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeedback_Text(), ecorePackage.getEString(), "text", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeedback_Score(), ecorePackage.getEDoubleObject(), "score", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeedback_Created(), ecorePackage.getEDate(), "created", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeedback_SubmissionAnnotatorId(), ecorePackage.getEString(), "submissionAnnotatorId", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeedback_SubmissionId(), ecorePackage.getEString(), "submissionId", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reviewDocumentEClass, ReviewDocument.class, "ReviewDocument", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReviewDocument_Id(), ecorePackage.getEString(), "id", null, 0, 1, ReviewDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewDocument_FormatVersion(), ecorePackage.getEInt(), "formatVersion", "1", 0, 1, ReviewDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewDocument_AssignmentId(), ecorePackage.getEString(), "assignmentId", null, 0, 1, ReviewDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewDocument_Author(), ecorePackage.getEString(), "author", null, 0, 1, ReviewDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewDocument_Created(), ecorePackage.getEDate(), "created", null, 0, 1, ReviewDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewDocument_Modified(), ecorePackage.getEDate(), "modified", null, 0, 1, ReviewDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewDocument_ToolVersion(), ecorePackage.getEString(), "toolVersion", null, 0, 1, ReviewDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReviewDocument_Feedback(), this.getFeedback(), null, "feedback", null, 0, -1, ReviewDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReviewDocument_Scoring(), this.getScoringSettings(), null, "scoring", null, 0, 1, ReviewDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReviewDocument_Adjustments(), this.getAdjustment(), null, "adjustments", null, 0, -1, ReviewDocument.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scoringSettingsEClass, ScoringSettings.class, "ScoringSettings", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScoringSettings_Threshold(), ecorePackage.getEDoubleObject(), "threshold", null, 0, 1, ScoringSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoringSettings_WrongCodeCredit(), ecorePackage.getEDoubleObject(), "wrongCodeCredit", null, 0, 1, ScoringSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoringSettings_DefaultLayerWeight(), ecorePackage.getEDoubleObject(), "defaultLayerWeight", null, 0, 1, ScoringSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoringSettings_AttributeWeight(), ecorePackage.getEDoubleObject(), "attributeWeight", null, 0, 1, ScoringSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoringSettings_LinkWeight(), ecorePackage.getEDoubleObject(), "linkWeight", null, 0, 1, ScoringSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScoringSettings_LayerWeights(), this.getLayerWeight(), null, "layerWeights", null, 0, -1, ScoringSettings.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(layerWeightEClass, LayerWeight.class, "LayerWeight", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLayerWeight_LayerId(), ecorePackage.getEString(), "layerId", null, 0, 1, LayerWeight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLayerWeight_Weight(), ecorePackage.getEDouble(), "weight", null, 0, 1, LayerWeight.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(adjustmentEClass, Adjustment.class, "Adjustment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAdjustment_Id(), ecorePackage.getEString(), "id", null, 0, 1, Adjustment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdjustment_SubmissionId(), ecorePackage.getEString(), "submissionId", null, 0, 1, Adjustment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdjustment_SubmissionAnnotatorId(), ecorePackage.getEString(), "submissionAnnotatorId", null, 0, 1, Adjustment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdjustment_Points(), ecorePackage.getEDouble(), "points", null, 0, 1, Adjustment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdjustment_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Adjustment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdjustment_Author(), ecorePackage.getEString(), "author", null, 0, 1, Adjustment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAdjustment_Created(), ecorePackage.getEDate(), "created", null, 0, 1, Adjustment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(returnedReviewEClass, ReturnedReview.class, "ReturnedReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReturnedReview_Returned(), ecorePackage.getEDate(), "returned", null, 0, 1, ReturnedReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnedReview_Author(), ecorePackage.getEString(), "author", null, 0, 1, ReturnedReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnedReview_Score(), ecorePackage.getEDouble(), "score", null, 0, 1, ReturnedReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnedReview_FeedbackPoints(), ecorePackage.getEDouble(), "feedbackPoints", null, 0, 1, ReturnedReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnedReview_Adjustment(), ecorePackage.getEDouble(), "adjustment", null, 0, 1, ReturnedReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnedReview_AdjustmentReason(), ecorePackage.getEString(), "adjustmentReason", null, 0, 1, ReturnedReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnedReview_Grade(), ecorePackage.getEDouble(), "grade", null, 0, 1, ReturnedReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnedReview_Explanation(), ecorePackage.getEString(), "explanation", null, 0, 1, ReturnedReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReturnedReview_Terms(), this.getReturnedTerm(), null, "terms", null, 0, -1, ReturnedReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReturnedReview_Marks(), this.getMatchMark(), null, "marks", null, 0, -1, ReturnedReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReturnedReview_Ghosts(), this.getGhostAnnotation(), null, "ghosts", null, 0, -1, ReturnedReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReturnedReview_Feedback(), this.getFeedback(), null, "feedback", null, 0, -1, ReturnedReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(returnedTermEClass, ReturnedTerm.class, "ReturnedTerm", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReturnedTerm_Label(), ecorePackage.getEString(), "label", null, 0, 1, ReturnedTerm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnedTerm_Weight(), ecorePackage.getEDouble(), "weight", null, 0, 1, ReturnedTerm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnedTerm_Value(), ecorePackage.getEDoubleObject(), "value", null, 0, 1, ReturnedTerm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReturnedTerm_Note(), ecorePackage.getEString(), "note", null, 0, 1, ReturnedTerm.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(matchMarkEClass, MatchMark.class, "MatchMark", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getMatchMark_Annotation(), this.getAnnotation(), null, "annotation", null, 0, 1, MatchMark.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMatchMark_Kind(), this.getMatchKind(), "kind", null, 0, 1, MatchMark.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMatchMark_Overlap(), ecorePackage.getEDouble(), "overlap", null, 0, 1, MatchMark.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMatchMark_KeyCode(), this.getCode(), null, "keyCode", null, 0, 1, MatchMark.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(ghostAnnotationEClass, GhostAnnotation.class, "GhostAnnotation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGhostAnnotation_KeyAnnotationId(), ecorePackage.getEString(), "keyAnnotationId", null, 0, 1, GhostAnnotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGhostAnnotation_Article(), this.getArticle(), null, "article", null, 0, 1, GhostAnnotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGhostAnnotation_Region(), this.getTextRegion(), "region", null, 0, 1, GhostAnnotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGhostAnnotation_Begin(), ecorePackage.getEInt(), "begin", null, 0, 1, GhostAnnotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGhostAnnotation_End(), ecorePackage.getEInt(), "end", null, 0, 1, GhostAnnotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGhostAnnotation_CoveredText(), ecorePackage.getEString(), "coveredText", null, 0, 1, GhostAnnotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGhostAnnotation_Code(), this.getCode(), null, "code", null, 0, 1, GhostAnnotation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(attributeKindEEnum, AttributeKind.class, "AttributeKind");
		addEEnumLiteral(attributeKindEEnum, AttributeKind.CHOICE);
		addEEnumLiteral(attributeKindEEnum, AttributeKind.TEXT);
		addEEnumLiteral(attributeKindEEnum, AttributeKind.BOOLEAN);

		initEEnum(roleEEnum, Role.class, "Role");
		addEEnumLiteral(roleEEnum, Role.STUDENT);
		addEEnumLiteral(roleEEnum, Role.INSTRUCTOR);
		addEEnumLiteral(roleEEnum, Role.KEY);

		initEEnum(linkKindEEnum, LinkKind.class, "LinkKind");
		addEEnumLiteral(linkKindEEnum, LinkKind.SAME_STATEMENT);
		addEEnumLiteral(linkKindEEnum, LinkKind.SAME_SOURCE);
		addEEnumLiteral(linkKindEEnum, LinkKind.CONTRASTING_FRAMING);
		addEEnumLiteral(linkKindEEnum, LinkKind.OMISSION);
		addEEnumLiteral(linkKindEEnum, LinkKind.ATTRIBUTION);

		initEEnum(textRegionEEnum, TextRegion.class, "TextRegion");
		addEEnumLiteral(textRegionEEnum, TextRegion.BODY);
		addEEnumLiteral(textRegionEEnum, TextRegion.HEADLINE);

		initEEnum(matchKindEEnum, MatchKind.class, "MatchKind");
		addEEnumLiteral(matchKindEEnum, MatchKind.MATCHED);
		addEEnumLiteral(matchKindEEnum, MatchKind.PARTIAL);
		addEEnumLiteral(matchKindEEnum, MatchKind.EXTRA);
		addEEnumLiteral(matchKindEEnum, MatchKind.WRONG_CODE);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/GenModel
		createGenModelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/GenModel</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGenModelAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/GenModel";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "documentation", "Framebench: assignments (articles + codebook) and the annotation documents students, instructors and keys produce. Offsets are UTF-16 indices into the article text (java.lang.String), end exclusive."
		   });
		addAnnotation
		  (getAssignment_SuggestionsForStudents(),
		   source,
		   new String[] {
			   "documentation", "The instructor lets students see the attribution finder\'s suggestions as hints in the editor. Optional; absent (false) in files written before suggestions: students see none."
		   });
		addAnnotation
		  (getArticle_Sha256(),
		   source,
		   new String[] {
			   "documentation", "Lower-case hex SHA-256 of the UTF-8 bytes of text."
		   });
		addAnnotation
		  (getArticle_Headline(),
		   source,
		   new String[] {
			   "documentation", "The headline as the outlet shows it, annotatable like the text (annotations with region headline have offsets into it). Absent (null) in files written before headlines: no headline."
		   });
		addAnnotation
		  (getArticle_Byline(),
		   source,
		   new String[] {
			   "documentation", "Who wrote the article, as the outlet credits it. Optional."
		   });
		addAnnotation
		  (getArticle_Published(),
		   source,
		   new String[] {
			   "documentation", "When the outlet published it, as the instructor typed it (ISO 8601 date preferred). Optional."
		   });
		addAnnotation
		  (getArticle_Url(),
		   source,
		   new String[] {
			   "documentation", "Where the outlet published it. Shown, never fetched. Optional."
		   });
		addAnnotation
		  (getCodebook_Sha256(),
		   source,
		   new String[] {
			   "documentation", "Lower-case hex SHA-256 of the codebook\'s content (layers, codes and attribute definitions, in order; see org.framebench.core.codebook.Codebooks#digest), so a file whose embedded codebook was edited, reordered or cut is detected. Absent in files written before format 2."
		   });
		addAnnotation
		  (getCode_Colour(),
		   source,
		   new String[] {
			   "documentation", "#RRGGBB"
		   });
		addAnnotation
		  (getCode_ShortcutKey(),
		   source,
		   new String[] {
			   "documentation", "One character pressed in the article editor to apply this code to the selection."
		   });
		addAnnotation
		  (linkKindEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "documentation", "These annotations are the source, cue and content of one attribution (who said it, the reporting verb, what was said)."
		   });
		addAnnotation
		  (textRegionEEnum,
		   source,
		   new String[] {
			   "documentation", "Which of an article\'s texts an annotation is anchored in: the body (Article.text) or the headline (Article.headline)."
		   });
		addAnnotation
		  (annotationDocumentEClass,
		   source,
		   new String[] {
			   "documentation", "One person\'s annotations of one assignment, saved as one self-contained .fbench file: it holds a copy of the assignment (articles and codebook)."
		   });
		addAnnotation
		  (getAnnotationDocument_ReturnedReview(),
		   source,
		   new String[] {
			   "documentation", "In a copy returned to its student (format 4): the instructor\'s feedback on this document and its comparison with the key. Absent in every other file."
		   });
		addAnnotation
		  (getAnnotationDocument_DismissedSuggestions(),
		   source,
		   new String[] {
			   "documentation", "Suggestions the annotator dismissed, so they are not shown again: each \"articleId:begin:end:codeId\" (body offsets, end exclusive). Optional; absent in files written before suggestions."
		   });
		addAnnotation
		  (comparisonNoteEClass,
		   source,
		   new String[] {
			   "documentation", "A student\'s note on one row of the Compare view (what differs between the outlets and why it matters). It names the row\'s annotations, so it stays with the row while annotations are added to it or removed from it: the note belongs to the row that shares the most annotations with it."
		   });
		addAnnotation
		  (getAnnotation_Region(),
		   source,
		   new String[] {
			   "documentation", "The text begin and end index into: body (the default, and what every file written before headlines means) or headline."
		   });
		addAnnotation
		  (getAnnotation_FromSuggestion(),
		   source,
		   new String[] {
			   "documentation", "The annotation was accepted from one of the attribution finder\'s suggestions (its span and code as suggested, maybe edited since). Optional; absent (false): made by hand."
		   });
		addAnnotation
		  (attributeValueEClass,
		   source,
		   new String[] {
			   "documentation", "Keyed by the attribute definition\'s id, so a value carries over when the annotation\'s code changes to one with the same attribute."
		   });
		addAnnotation
		  (getFeedback_AnnotationId(),
		   source,
		   new String[] {
			   "documentation", "The UUID of the annotation commented on; kept as text so feedback in a class review file survives the student\'s file moving."
		   });
		addAnnotation
		  (getFeedback_SubmissionAnnotatorId(),
		   source,
		   new String[] {
			   "documentation", "In a class review file: the annotator id of the student whose submission holds the annotation."
		   });
		addAnnotation
		  (getFeedback_SubmissionId(),
		   source,
		   new String[] {
			   "documentation", "In a class review file: the id (UUID) of the annotation document commented on."
		   });
		addAnnotation
		  (reviewDocumentEClass,
		   source,
		   new String[] {
			   "documentation", "An instructor\'s review of a class, saved as its own file beside the submissions: feedback on students\' annotations is kept here, never written into a student\'s file."
		   });
		addAnnotation
		  (getReviewDocument_Scoring(),
		   source,
		   new String[] {
			   "documentation", "The scoring options the instructor chose for this class; absent: the defaults."
		   });
		addAnnotation
		  (scoringSettingsEClass,
		   source,
		   new String[] {
			   "documentation", "Scoring options saved with a class review; an unset value means the default."
		   });
		addAnnotation
		  (adjustmentEClass,
		   source,
		   new String[] {
			   "documentation", "Points an instructor adds to (or takes from) one submission\'s total, with the reason shown to the student."
		   });
		addAnnotation
		  (getAdjustment_SubmissionId(),
		   source,
		   new String[] {
			   "documentation", "The id (UUID) of the annotation document adjusted."
		   });
		addAnnotation
		  (returnedReviewEClass,
		   source,
		   new String[] {
			   "documentation", "What a student gets back with their own file: their feedback, their score terms and grade (the grade book\'s arithmetic), how each of their annotations fared against the key, and the key annotations they missed. Nothing of any other student."
		   });
		addAnnotation
		  (getReturnedReview_Score(),
		   source,
		   new String[] {
			   "documentation", "The score against the key, 0 to 100."
		   });
		addAnnotation
		  (getReturnedReview_Grade(),
		   source,
		   new String[] {
			   "documentation", "score + feedback points + adjustment, kept within 0 and 100, as in the grade book."
		   });
		addAnnotation
		  (getReturnedReview_Feedback(),
		   source,
		   new String[] {
			   "documentation", "Feedback on this document only: on one of its annotations (annotation set), on a missed key annotation (annotationId is the ghost\'s keyAnnotationId) or on the whole submission (no annotationId)."
		   });
		addAnnotation
		  (getReturnedTerm_Value(),
		   source,
		   new String[] {
			   "documentation", "0 to 1; absent when the term does not count (note says why)."
		   });
		addAnnotation
		  (matchMarkEClass,
		   source,
		   new String[] {
			   "documentation", "How one of the student\'s annotations fared against the key."
		   });
		addAnnotation
		  (getMatchMark_KeyCode(),
		   source,
		   new String[] {
			   "documentation", "For a partial match or a wrong code: the code the key gives that stretch."
		   });
		addAnnotation
		  (ghostAnnotationEClass,
		   source,
		   new String[] {
			   "documentation", "A key annotation the student missed, shown to them as a ghost: where it is and its code, not editable."
		   });
	}

} //FramebenchPackageImpl
