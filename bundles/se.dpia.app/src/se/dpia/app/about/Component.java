package se.dpia.app.about;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

import se.dpia.app.Messages;

/** A library the workbench is built on, named by the bundle whose version the About dialog shows, and its licence. */
public record Component(String name, String bundle, String licence) {

	/** The key components, in the order the About dialog lists them. */
	public static List<Component> keyComponents() {
		return List.of(
				new Component("Eclipse Platform (workbench)", "org.eclipse.ui.workbench", "EPL-2.0"),
				new Component("SWT", "org.eclipse.swt", "EPL-2.0"),
				new Component("EMF (Ecore)", "org.eclipse.emf.ecore", "EPL-2.0"),
				new Component("Xtext", "org.eclipse.xtext", "EPL-2.0"),
				new Component("Apache PDFBox", "org.apache.pdfbox", "Apache-2.0"),
				new Component("openhtmltopdf", "io.github.openhtmltopdf.core", "LGPL-2.1-or-later"),
				new Component("Eclipse Layout Kernel (ELK)", "org.eclipse.elk.core", "EPL-2.0"),
				new Component("Eclipse JGit", "org.eclipse.jgit", "EDL-1.0 (BSD-3-Clause)"));
	}

	/** The Bundle-Version of the running bundle, or a note that it is not installed. */
	public String version() {
		Bundle running = Platform.getBundle(bundle);
		return running == null ? Messages.aboutNotInstalled : running.getVersion().toString();
	}
}
