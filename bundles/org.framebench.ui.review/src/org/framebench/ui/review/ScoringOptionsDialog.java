package org.framebench.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.framebench.grading.GradingException;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.model.Layer;

/**
 * Scoring Options…: the overlap threshold, a weight per layer of the key's codebook, the attribute and link
 * weights and the wrong-code credit. The Class view follows every valid change at once (the class is scored
 * again); OK saves the options in the class review file, Cancel puts the previous scores back.
 */
public class ScoringOptionsDialog extends Dialog {

    private static final int APPLY_ID = IDialogConstants.CLIENT_ID + 1;
    private static final int DEFAULTS_ID = IDialogConstants.CLIENT_ID + 2;

    private final ReviewSession session;
    private final ScoringOptions before;
    private final List<Layer> layers;
    private Text threshold;
    private final List<Text> layerWeights = new ArrayList<>();
    private Text attributeWeight;
    private Text linkWeight;
    private Text wrongCodeCredit;
    private Label message;
    private boolean filling;

    public ScoringOptionsDialog(Shell parent, ReviewSession session) {
        super(parent);
        this.session = session;
        this.before = session.options();
        this.layers = session.keyLayers();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Options_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.Options_intro);
        GridData introData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        introData.widthHint = 520;
        intro.setLayoutData(introData);
        threshold = field(area, Messages.Options_threshold, Messages.Options_thresholdHint);
        for (Layer layer : layers) {
            layerWeights.add(field(area, NLS.bind(Messages.Options_layerWeight, layer.getLabel()), Messages.Options_weightHint));
        }
        attributeWeight = field(area, Messages.Options_attributeWeight, Messages.Options_weightHint);
        linkWeight = field(area, Messages.Options_linkWeight, Messages.Options_weightHint);
        wrongCodeCredit = field(area, Messages.Options_wrongCodeCredit, Messages.Options_wrongCodeCreditHint);
        message = new Label(area, SWT.WRAP);
        GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        messageData.widthHint = 520;
        message.setLayoutData(messageData);
        fill(before);
        return area;
    }

    private Text field(Composite parent, String label, String hint) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 70;
        text.setLayoutData(data);
        new Label(parent, SWT.NONE).setText(hint);
        text.addModifyListener(e -> changed());
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, DEFAULTS_ID, Messages.Options_restoreDefaults, false);
        createButton(parent, APPLY_ID, Messages.Options_apply, false);
        super.createButtonsForButtonBar(parent);
        changed();
    }

    private void fill(ScoringOptions options) {
        filling = true;
        try {
            threshold.setText(number(options.threshold()));
            for (int i = 0; i < layers.size(); i++) {
                layerWeights.get(i).setText(number(options.layerWeight(layers.get(i).getId())));
            }
            attributeWeight.setText(number(options.attributeWeight()));
            linkWeight.setText(number(options.linkWeight()));
            wrongCodeCredit.setText(number(options.wrongCodeCredit()));
        } finally {
            filling = false;
        }
        changed();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    /** Checks the fields; when they are valid the class is scored with them at once. */
    private void changed() {
        if (filling || message == null) {
            return;
        }
        ScoringOptions options;
        try {
            options = read();
        } catch (InvalidValue e) {
            show(e.getMessage(), false);
            return;
        }
        session.scoreWith(options);
        ReviewSessions.changed();
        show(Messages.Options_live, true);
    }

    private void show(String text, boolean valid) {
        message.setText(text);
        message.setForeground(valid ? null : message.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(valid);
        }
        Button apply = getButton(APPLY_ID);
        if (apply != null) {
            apply.setEnabled(valid);
        }
        message.getParent().layout(true);
    }

    /** The options the fields give. @throws InvalidValue naming the field and what it takes, in plain words */
    private ScoringOptions read() throws InvalidValue {
        ScoringOptions options = ReviewSession.copy(before);
        double value = parse(threshold, Messages.Options_threshold);
        if (!(value > 0 && value <= 1)) {
            throw new InvalidValue(NLS.bind(Messages.Options_thresholdInvalid, threshold.getText().strip()));
        }
        options.threshold(value);
        double total = 0;
        for (int i = 0; i < layers.size(); i++) {
            double weight = weight(layerWeights.get(i), NLS.bind(Messages.Options_layerWeight, layers.get(i).getLabel()));
            options.layerWeight(layers.get(i).getId(), weight);
            total += weight;
        }
        double attributes = weight(attributeWeight, Messages.Options_attributeWeight);
        options.attributeWeight(attributes);
        double links = weight(linkWeight, Messages.Options_linkWeight);
        options.linkWeight(links);
        if (total + attributes + links == 0) {
            throw new InvalidValue(Messages.Options_allZero);
        }
        double credit = parse(wrongCodeCredit, Messages.Options_wrongCodeCredit);
        if (!(credit >= 0 && credit <= 1)) {
            throw new InvalidValue(NLS.bind(Messages.Options_creditInvalid, wrongCodeCredit.getText().strip()));
        }
        options.wrongCodeCredit(credit);
        return options;
    }

    private static double weight(Text field, String name) throws InvalidValue {
        double value = parse(field, name);
        if (!(value >= 0)) {
            throw new InvalidValue(NLS.bind(Messages.Options_weightInvalid, label(name), field.getText().strip()));
        }
        return value;
    }

    private static double parse(Text field, String name) throws InvalidValue {
        String text = field.getText().strip().replace(',', '.');
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new InvalidValue(NLS.bind(Messages.Options_notANumber, label(name), field.getText().strip()));
    }

    private static String label(String name) {
        return name.endsWith(":") ? name.substring(0, name.length() - 1) : name;
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == DEFAULTS_ID) {
            fill(new ScoringOptions());
        } else if (buttonId == APPLY_ID) {
            changed();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    @Override
    protected void okPressed() {
        ScoringOptions options;
        try {
            options = read();
        } catch (InvalidValue e) {
            show(e.getMessage(), false);
            return;
        }
        try {
            session.saveOptions(options);
        } catch (GradingException e) {
            session.scoreWith(options);
            ReviewSessions.changed();
            show(NLS.bind(Messages.Options_saveFailed, e.getMessage()), true);
            return;
        }
        ReviewSessions.changed();
        ReviewSessions.status(NLS.bind(Messages.Options_saved, session.reviewFile().getFileName()));
        super.okPressed();
    }

    @Override
    protected void cancelPressed() {
        restore();
        super.cancelPressed();
    }

    @Override
    protected void handleShellCloseEvent() {
        restore();
        super.handleShellCloseEvent();
    }

    private void restore() {
        session.scoreWith(before);
        ReviewSessions.changed();
    }

    private static final class InvalidValue extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidValue(String message) {
            super(message);
        }
    }
}
