/**
 */
package org.framebench.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.framebench.model.AttributeDefinition;
import org.framebench.model.Code;
import org.framebench.model.FramebenchPackage;
import org.framebench.model.Layer;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Code</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.framebench.model.impl.CodeImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.framebench.model.impl.CodeImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.framebench.model.impl.CodeImpl#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.framebench.model.impl.CodeImpl#getExample <em>Example</em>}</li>
 *   <li>{@link org.framebench.model.impl.CodeImpl#getExampleSource <em>Example Source</em>}</li>
 *   <li>{@link org.framebench.model.impl.CodeImpl#getColour <em>Colour</em>}</li>
 *   <li>{@link org.framebench.model.impl.CodeImpl#getShortcutKey <em>Shortcut Key</em>}</li>
 *   <li>{@link org.framebench.model.impl.CodeImpl#getReferences <em>References</em>}</li>
 *   <li>{@link org.framebench.model.impl.CodeImpl#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link org.framebench.model.impl.CodeImpl#getLayer <em>Layer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CodeImpl extends MinimalEObjectImpl.Container implements Code {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected String definition = DEFINITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getExample() <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExample()
	 * @generated
	 * @ordered
	 */
	protected static final String EXAMPLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExample() <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExample()
	 * @generated
	 * @ordered
	 */
	protected String example = EXAMPLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExampleSource() <em>Example Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExampleSource()
	 * @generated
	 * @ordered
	 */
	protected static final String EXAMPLE_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExampleSource() <em>Example Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExampleSource()
	 * @generated
	 * @ordered
	 */
	protected String exampleSource = EXAMPLE_SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected String colour = COLOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getShortcutKey() <em>Shortcut Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortcutKey()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORTCUT_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortcutKey() <em>Shortcut Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortcutKey()
	 * @generated
	 * @ordered
	 */
	protected String shortcutKey = SHORTCUT_KEY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getReferences() <em>References</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferences()
	 * @generated
	 * @ordered
	 */
	protected EList<String> references;

	/**
	 * The cached value of the '{@link #getAttributes() <em>Attributes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttributes()
	 * @generated
	 * @ordered
	 */
	protected EList<AttributeDefinition> attributes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return FramebenchPackage.Literals.CODE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.CODE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.CODE__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinition() {
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinition(String newDefinition) {
		String oldDefinition = definition;
		definition = newDefinition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.CODE__DEFINITION, oldDefinition, definition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExample() {
		return example;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExample(String newExample) {
		String oldExample = example;
		example = newExample;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.CODE__EXAMPLE, oldExample, example));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExampleSource() {
		return exampleSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExampleSource(String newExampleSource) {
		String oldExampleSource = exampleSource;
		exampleSource = newExampleSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.CODE__EXAMPLE_SOURCE, oldExampleSource, exampleSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColour() {
		return colour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColour(String newColour) {
		String oldColour = colour;
		colour = newColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.CODE__COLOUR, oldColour, colour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortcutKey() {
		return shortcutKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortcutKey(String newShortcutKey) {
		String oldShortcutKey = shortcutKey;
		shortcutKey = newShortcutKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.CODE__SHORTCUT_KEY, oldShortcutKey, shortcutKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getReferences() {
		if (references == null) {
			references = new EDataTypeUniqueEList<String>(String.class, this, FramebenchPackage.CODE__REFERENCES);
		}
		return references;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AttributeDefinition> getAttributes() {
		if (attributes == null) {
			attributes = new EObjectContainmentEList<AttributeDefinition>(AttributeDefinition.class, this, FramebenchPackage.CODE__ATTRIBUTES);
		}
		return attributes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Layer getLayer() {
		if (eContainerFeatureID() != FramebenchPackage.CODE__LAYER) return null;
		return (Layer)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLayer(Layer newLayer, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newLayer, FramebenchPackage.CODE__LAYER, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayer(Layer newLayer) {
		if (newLayer != eInternalContainer() || (eContainerFeatureID() != FramebenchPackage.CODE__LAYER && newLayer != null)) {
			if (EcoreUtil.isAncestor(this, newLayer))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newLayer != null)
				msgs = ((InternalEObject)newLayer).eInverseAdd(this, FramebenchPackage.LAYER__CODES, Layer.class, msgs);
			msgs = basicSetLayer(newLayer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, FramebenchPackage.CODE__LAYER, newLayer, newLayer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FramebenchPackage.CODE__LAYER:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetLayer((Layer)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case FramebenchPackage.CODE__ATTRIBUTES:
				return ((InternalEList<?>)getAttributes()).basicRemove(otherEnd, msgs);
			case FramebenchPackage.CODE__LAYER:
				return basicSetLayer(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case FramebenchPackage.CODE__LAYER:
				return eInternalContainer().eInverseRemove(this, FramebenchPackage.LAYER__CODES, Layer.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case FramebenchPackage.CODE__ID:
				return getId();
			case FramebenchPackage.CODE__LABEL:
				return getLabel();
			case FramebenchPackage.CODE__DEFINITION:
				return getDefinition();
			case FramebenchPackage.CODE__EXAMPLE:
				return getExample();
			case FramebenchPackage.CODE__EXAMPLE_SOURCE:
				return getExampleSource();
			case FramebenchPackage.CODE__COLOUR:
				return getColour();
			case FramebenchPackage.CODE__SHORTCUT_KEY:
				return getShortcutKey();
			case FramebenchPackage.CODE__REFERENCES:
				return getReferences();
			case FramebenchPackage.CODE__ATTRIBUTES:
				return getAttributes();
			case FramebenchPackage.CODE__LAYER:
				return getLayer();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case FramebenchPackage.CODE__ID:
				setId((String)newValue);
				return;
			case FramebenchPackage.CODE__LABEL:
				setLabel((String)newValue);
				return;
			case FramebenchPackage.CODE__DEFINITION:
				setDefinition((String)newValue);
				return;
			case FramebenchPackage.CODE__EXAMPLE:
				setExample((String)newValue);
				return;
			case FramebenchPackage.CODE__EXAMPLE_SOURCE:
				setExampleSource((String)newValue);
				return;
			case FramebenchPackage.CODE__COLOUR:
				setColour((String)newValue);
				return;
			case FramebenchPackage.CODE__SHORTCUT_KEY:
				setShortcutKey((String)newValue);
				return;
			case FramebenchPackage.CODE__REFERENCES:
				getReferences().clear();
				getReferences().addAll((Collection<? extends String>)newValue);
				return;
			case FramebenchPackage.CODE__ATTRIBUTES:
				getAttributes().clear();
				getAttributes().addAll((Collection<? extends AttributeDefinition>)newValue);
				return;
			case FramebenchPackage.CODE__LAYER:
				setLayer((Layer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case FramebenchPackage.CODE__ID:
				setId(ID_EDEFAULT);
				return;
			case FramebenchPackage.CODE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case FramebenchPackage.CODE__DEFINITION:
				setDefinition(DEFINITION_EDEFAULT);
				return;
			case FramebenchPackage.CODE__EXAMPLE:
				setExample(EXAMPLE_EDEFAULT);
				return;
			case FramebenchPackage.CODE__EXAMPLE_SOURCE:
				setExampleSource(EXAMPLE_SOURCE_EDEFAULT);
				return;
			case FramebenchPackage.CODE__COLOUR:
				setColour(COLOUR_EDEFAULT);
				return;
			case FramebenchPackage.CODE__SHORTCUT_KEY:
				setShortcutKey(SHORTCUT_KEY_EDEFAULT);
				return;
			case FramebenchPackage.CODE__REFERENCES:
				getReferences().clear();
				return;
			case FramebenchPackage.CODE__ATTRIBUTES:
				getAttributes().clear();
				return;
			case FramebenchPackage.CODE__LAYER:
				setLayer((Layer)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case FramebenchPackage.CODE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case FramebenchPackage.CODE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case FramebenchPackage.CODE__DEFINITION:
				return DEFINITION_EDEFAULT == null ? definition != null : !DEFINITION_EDEFAULT.equals(definition);
			case FramebenchPackage.CODE__EXAMPLE:
				return EXAMPLE_EDEFAULT == null ? example != null : !EXAMPLE_EDEFAULT.equals(example);
			case FramebenchPackage.CODE__EXAMPLE_SOURCE:
				return EXAMPLE_SOURCE_EDEFAULT == null ? exampleSource != null : !EXAMPLE_SOURCE_EDEFAULT.equals(exampleSource);
			case FramebenchPackage.CODE__COLOUR:
				return COLOUR_EDEFAULT == null ? colour != null : !COLOUR_EDEFAULT.equals(colour);
			case FramebenchPackage.CODE__SHORTCUT_KEY:
				return SHORTCUT_KEY_EDEFAULT == null ? shortcutKey != null : !SHORTCUT_KEY_EDEFAULT.equals(shortcutKey);
			case FramebenchPackage.CODE__REFERENCES:
				return references != null && !references.isEmpty();
			case FramebenchPackage.CODE__ATTRIBUTES:
				return attributes != null && !attributes.isEmpty();
			case FramebenchPackage.CODE__LAYER:
				return getLayer() != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", label: ");
		result.append(label);
		result.append(", definition: ");
		result.append(definition);
		result.append(", example: ");
		result.append(example);
		result.append(", exampleSource: ");
		result.append(exampleSource);
		result.append(", colour: ");
		result.append(colour);
		result.append(", shortcutKey: ");
		result.append(shortcutKey);
		result.append(", references: ");
		result.append(references);
		result.append(')');
		return result.toString();
	}

} //CodeImpl
