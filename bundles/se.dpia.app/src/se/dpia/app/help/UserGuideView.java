package se.dpia.app.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import se.dpia.app.Messages;
import se.dpia.app.documents.WorkbenchLanguage;

/**
 * Hjälp ▸ Användarhandledning: the user guide shipped in the bundle ({@code guide/user-guide.<lang>.md}, copied
 * from {@code docs/} by the build), shown offline without a browser: headings, paragraphs, lists and the
 * screenshots it refers to.
 */
public class UserGuideView extends ViewPart {

	public static final String ID = "se.dpia.app.userGuide";

	private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)]+)\\)");
	private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]+\\)");

	private final List<Image> images = new ArrayList<>();
	private Composite content;
	private final List<String> headings = new ArrayList<>();
	private final List<String> missingPictures = new ArrayList<>();

	@Override
	public void createPartControl(Composite parent) {
		ScrolledComposite scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		content = new Composite(scrolled, SWT.NONE);
		content.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		content.setBackgroundMode(SWT.INHERIT_FORCE);
		GridLayoutFactory.swtDefaults().margins(16, 12).applyTo(content);
		String guide = read("guide/user-guide." + WorkbenchLanguage.current().code() + ".md");
		render(guide == null ? Messages.guideMissing : guide);
		scrolled.setContent(content);
		scrolled.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	private static String read(String path) {
		URL url = UserGuideView.class.getClassLoader().getResource(path);
		if (url == null) {
			return null;
		}
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return null;
		}
	}

	private void render(String markdown) {
		StringBuilder paragraph = new StringBuilder();
		for (String line : markdown.split("\n", -1)) {
			String text = line.strip();
			Matcher image = IMAGE.matcher(text);
			if (text.isEmpty() || text.startsWith("#") || text.startsWith("- ") || text.startsWith("* ")
					|| text.matches("\\d+\\. .*") || image.matches() || text.startsWith("|")) {
				flush(paragraph);
			}
			if (text.isEmpty()) {
				continue;
			}
			if (text.startsWith("#")) {
				int level = text.indexOf(' ');
				String heading = inline(text.substring(level + 1));
				headings.add(heading);
				Label label = label(heading);
				label.setFont(level <= 1 ? JFaceResources.getHeaderFont() : JFaceResources.getBannerFont());
				GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).indent(0, level <= 2 ? 12 : 6).applyTo(label);
			} else if (image.matches()) {
				image(image.group(2), image.group(1));
			} else if (text.startsWith("- ") || text.startsWith("* ")) {
				label("  \u2022 " + inline(text.substring(2)));
			} else if (text.matches("\\d+\\. .*") || text.startsWith("|")) {
				label("  " + inline(text));
			} else {
				paragraph.append(paragraph.isEmpty() ? "" : " ").append(text);
			}
		}
		flush(paragraph);
	}

	private void flush(StringBuilder paragraph) {
		if (!paragraph.isEmpty()) {
			label(inline(paragraph.toString()));
			paragraph.setLength(0);
		}
	}

	/** Inline markup as plain text: links as their text, emphasis and code marks left out. */
	private static String inline(String text) {
		return LINK.matcher(text).replaceAll("$1").replace("**", "").replace("`", "").replace("▸", "\u25b8");
	}

	private Label label(String text) {
		Label label = new Label(content, SWT.WRAP);
		label.setText(text.replace("&", "&&"));
		GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(label);
		return label;
	}

	private void image(String path, String alt) {
		String file = path.startsWith("screenshots/") ? path : path.substring(path.indexOf("screenshots/") < 0 ? 0 : path.indexOf("screenshots/"));
		URL url = UserGuideView.class.getClassLoader().getResource("guide/" + file);
		if (url == null) {
			missing(path, alt);
			return;
		}
		try (InputStream in = url.openStream()) {
			ImageData data = new ImageData(in);
			int width = Math.min(data.width, 900);
			Image image = new Image(content.getDisplay(), data.scaledTo(width, data.height * width / data.width));
			images.add(image);
			Label label = new Label(content, SWT.NONE);
			label.setImage(image);
			label.setToolTipText(alt);
		} catch (IOException | RuntimeException e) {
			missing(path, alt);
		}
	}

	private void missing(String path, String alt) {
		missingPictures.add(path);
		label("[" + alt + "]");
	}

	/** The guide's headings, for tests. */
	public List<String> headings() {
		return List.copyOf(headings);
	}

	/** The pictures shown as pictures, for tests. */
	public int pictures() {
		return images.size();
	}

	/** The pictures the guide refers to that are not in the installation, shown as their alternative text. */
	public List<String> missingPictures() {
		return List.copyOf(missingPictures);
	}

	@Override
	public void setFocus() {
		content.setFocus();
	}

	@Override
	public void dispose() {
		images.forEach(Image::dispose);
		super.dispose();
	}
}
