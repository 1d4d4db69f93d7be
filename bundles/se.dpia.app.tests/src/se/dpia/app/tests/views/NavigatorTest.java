package se.dpia.app.tests.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.dpia.app.views.ModelTreeView;
import se.dpia.app.views.preview.PreviewView;
import se.dpia.tests.ui.Screenshots;
import se.dpia.tests.ui.UiWait;

/** The Project Explorer shows the open assessment folder's files, and only that folder. */
class NavigatorTest {

	@AfterEach
	void bringBackTheModelTree() throws Exception {
		// the explorer shares its place with the model tree, which the other tests' screenshots show
		OpenExample.page().showView(ModelTreeView.ID);
	}

	@Test
	void showsTheOpenFoldersFilesAndOnlyThatFolder(@TempDir Path first, @TempDir Path second) throws Exception {
		OpenExample.open(first);
		CommonNavigator navigator = (CommonNavigator) OpenExample.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		CommonViewer viewer = navigator.getCommonViewer();
		UiWait.until("the explorer shows the assessment folder",
				() -> topLevel(viewer).equals(List.of(first.getFileName().toString())));
		viewer.expandAll();
		List<String> texts = texts(viewer);
		assertTrue(texts.contains("assessment.dpia"), String.valueOf(texts));
		assertTrue(texts.contains("kameratillsyn.regler"), String.valueOf(texts));
		Screenshots.save(navigator.getSite().getShell(), OpenExample.screenshot("navigator"));

		OpenExample.open(second);
		IProject[] projects = ResourcesPlugin.getWorkspace().getRoot().getProjects();
		assertEquals(1, projects.length, Arrays.toString(projects));
		assertEquals(second.toRealPath(), Path.of(projects[0].getLocationURI()).toRealPath());
		assertTrue(Files.isRegularFile(first.resolve("assessment.dpia")), "the first folder stays on disk");
		UiWait.until("the explorer shows the second folder only",
				() -> topLevel(viewer).equals(List.of(second.getFileName().toString())));
	}

	@Test
	void aPdfOpenedFromTheExplorerShowsInThePreview(@TempDir Path copy) throws Exception {
		OpenExample.open(copy);
		Path pdf = copy.resolve("out/test.pdf");
		Files.createDirectories(pdf.getParent());
		try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
			document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
			document.save(pdf.toFile());
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProjects()[0];
		project.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_INFINITE, null);
		CommonNavigator navigator = (CommonNavigator) OpenExample.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		navigator.getCommonViewer().setSelection(new StructuredSelection(project.getFile("out/test.pdf")), true);
		org.eclipse.ui.ide.IDE.openEditor(OpenExample.page(), project.getFile("out/test.pdf"), true);
		UiWait.until("the preview shows the PDF", () -> {
			PreviewView preview = (PreviewView) OpenExample.page().findView(PreviewView.ID);
			return preview != null && pdf.equals(preview.file());
		});
		assertFalse(OpenExample.page().getEditorReferences().length > 0, "no editor: the preview view shows it");
	}

	private static List<String> topLevel(CommonViewer viewer) {
		return Arrays.stream(viewer.getTree().getItems()).map(TreeItem::getText).toList();
	}

	private static List<String> texts(CommonViewer viewer) {
		return Arrays.stream(viewer.getTree().getItems()).flatMap(NavigatorTest::withChildren).map(TreeItem::getText).toList();
	}

	private static java.util.stream.Stream<TreeItem> withChildren(TreeItem item) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(item),
				Arrays.stream(item.getItems()).flatMap(NavigatorTest::withChildren));
	}
}
