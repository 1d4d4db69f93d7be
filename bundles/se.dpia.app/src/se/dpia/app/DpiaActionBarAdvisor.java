package se.dpia.app;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

import se.dpia.app.about.AboutAction;

/**
 * The File, Edit, Window and Help menus. Save, Undo, Redo and Delete are the workbench's retargetable actions: the active part
 * supplies what they do (the model tree its command stack), and registering them binds Ctrl+S, Ctrl+Z, Ctrl+Y, Delete.
 */
public class DpiaActionBarAdvisor extends ActionBarAdvisor {

	private IAction save;
	private IAction undo;
	private IAction redo;
	private IAction delete;
	private IAction quit;
	private IAction about;
	private IAction resetPerspective;
	private IContributionItem views;

	public DpiaActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void makeActions(IWorkbenchWindow window) {
		save = register(ActionFactory.SAVE.create(window));
		undo = register(ActionFactory.UNDO.create(window));
		redo = register(ActionFactory.REDO.create(window));
		delete = register(ActionFactory.DELETE.create(window));
		quit = register(ActionFactory.QUIT.create(window));
		about = new AboutAction(window);
		register(about);
		resetPerspective = register(ActionFactory.RESET_PERSPECTIVE.create(window));
		views = ContributionItemFactory.VIEWS_SHORTLIST.create(window);
	}

	private IAction register(ActionFactory.IWorkbenchAction action) {
		super.register(action);
		return action;
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		MenuManager file = new MenuManager(Messages.menuFile, IWorkbenchActionConstants.M_FILE);
		file.add(save);
		file.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(quit);
		MenuManager edit = new MenuManager(Messages.menuEdit, IWorkbenchActionConstants.M_EDIT);
		edit.add(undo);
		edit.add(redo);
		edit.add(new Separator());
		edit.add(delete);
		edit.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		// Fönster: every view can be shown again after it is closed, and the layout put back as it was
		MenuManager window = new MenuManager(Messages.menuWindow, IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager(Messages.menuShowView, "showView");
		showView.add(views);
		window.add(showView);
		window.add(new Separator());
		window.add(resetPerspective);
		window.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(window);
		MenuManager help = new MenuManager(Messages.menuHelp, IWorkbenchActionConstants.M_HELP);
		help.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
		help.add(new Separator());
		help.add(about);
		menuBar.add(help);
	}
}
