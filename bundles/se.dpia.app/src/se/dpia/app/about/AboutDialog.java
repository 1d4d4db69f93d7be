package se.dpia.app.about;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.Version;

import se.dpia.app.Messages;

/**
 * Help ▸ About: the product's name, icon and version, what it is for, its licence, and the versions of the key
 * components as the running bundles report them (so a support question can name exactly what is installed).
 */
public final class AboutDialog extends Dialog {

	static final String APP_BUNDLE = "se.dpia.app";

	private Table components;

	public AboutDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.aboutTitle, Messages.productName));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), area);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(12, 12).spacing(16, 8).applyTo(area);

		Label icon = new Label(area, SWT.NONE);
		ResourceLocator.imageDescriptorFromBundle(APP_BUNDLE, "icons/dpia-64.png")
				.ifPresent(image -> icon.setImage(resources.create(image)));
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).span(1, 4).applyTo(icon);

		Label name = new Label(area, SWT.NONE);
		name.setText(Messages.productName);
		name.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getHeaderFont())));
		text(area, NLS.bind(Messages.aboutVersion, productVersion()));
		text(area, Messages.aboutWhat);
		text(area, Messages.aboutLicence);

		Label builtOn = new Label(area, SWT.NONE);
		builtOn.setText(Messages.aboutBuiltOn);
		GridDataFactory.swtDefaults().span(2, 1).indent(0, 8).applyTo(builtOn);
		components = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		components.setHeaderVisible(true);
		components.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(components);
		for (String header : new String[] { Messages.aboutComponent, Messages.aboutComponentVersion,
				Messages.aboutComponentLicence }) {
			new TableColumn(components, SWT.LEFT).setText(header);
		}
		for (Component component : Component.keyComponents()) {
			new TableItem(components, SWT.NONE).setText(new String[] { component.name(), component.version(),
					component.licence() });
		}
		new TableItem(components, SWT.NONE).setText(new String[] { "Java (" + System.getProperty("java.vendor", "?") + ")",
				System.getProperty("java.runtime.version", ""), "GPL-2.0 with Classpath Exception" });
		for (TableColumn column : components.getColumns()) {
			column.pack();
		}
		components.deselectAll();
		return area;
	}

	private static void text(Composite parent, String text) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(label);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	/** The application bundle's version: major.minor.micro, with the build's qualifier in brackets. */
	static String productVersion() {
		Version version = Platform.getBundle(APP_BUNDLE).getVersion();
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
		return version.getQualifier().isEmpty() ? release : release + " (" + version.getQualifier() + ")";
	}

	/** The component table, for tests: one row per key component, then the Java runtime. */
	public Table components() {
		return components;
	}
}
