package se.dpia.rules.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * Quick fixes (Ctrl+1): for each problem on the caret's line, the fixes the language's IDE quick fix provider
 * offers for its issue code, as proposals that edit the document.
 */
class RulesQuickFixes implements IQuickAssistProcessor {

	private final RulesEditor editor;

	RulesQuickFixes(RulesEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IDocument document = context.getSourceViewer().getDocument();
		String text = document.get();
		Document original = new Document(1, text);
		int line = original.getPosition(Math.min(context.getOffset(), text.length())).getLine() + 1;
		List<ICompletionProposal> proposals = editor.ruleFile().read(text, resource -> {
			List<ICompletionProposal> found = new ArrayList<>();
			for (Issue issue : resource.getResourceServiceProvider().getResourceValidator().validate(resource,
					CheckMode.ALL, CancelIndicator.NullImpl)) {
				if (issue.getCode() != null && issue.getLineNumber() != null && issue.getLineNumber() <= line
						&& line <= (issue.getLineNumberEnd() == null ? issue.getLineNumber() : issue.getLineNumberEnd())) {
					found.addAll(fixes(resource, original, issue));
				}
			}
			return found;
		}, List.of());
		return proposals.toArray(ICompletionProposal[]::new);
	}

	private static List<ICompletionProposal> fixes(XtextResource resource, Document original, Issue issue) {
		String uri = resource.getURI().toString();
		Diagnostic diagnostic = diagnostic(issue);
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(original);
		options.setResource(resource);
		options.setURI(uri);
		options.setLanguageServerAccess(RulesLanguageServerAccess.of(resource, original));
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
				new CodeActionContext(List.of(diagnostic))));
		List<ICompletionProposal> fixes = new ArrayList<>();
		for (Either<org.eclipse.lsp4j.Command, CodeAction> action : RulesUi.injector()
				.getInstance(QuickFixCodeActionService.class).getCodeActions(options)) {
			if (action.isRight() && action.getRight().getEdit() != null) {
				fixes.add(new Fix(action.getRight().getTitle(), original, edits(action.getRight().getEdit(), uri)));
			}
		}
		return fixes;
	}

	private static Diagnostic diagnostic(Issue issue) {
		Position start = new Position(issue.getLineNumber() - 1, issue.getColumn() - 1);
		Position end = new Position(issue.getLineNumberEnd() - 1, issue.getColumnEnd() - 1);
		Diagnostic diagnostic = new Diagnostic(new Range(start, end), issue.getMessage());
		diagnostic.setCode(issue.getCode());
		diagnostic.setSeverity(issue.getSeverity() == Severity.ERROR ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning);
		if (issue.getData() != null) {
			diagnostic.setData(Arrays.asList(issue.getData()));
		}
		return diagnostic;
	}

	private static List<TextEdit> edits(WorkspaceEdit edit, String uri) {
		if (edit.getChanges() != null && edit.getChanges().containsKey(uri)) {
			return edit.getChanges().get(uri);
		}
		if (edit.getDocumentChanges() != null) {
			return edit.getDocumentChanges().stream().filter(Either::isLeft).map(Either::getLeft)
					.filter(change -> uri.equals(change.getTextDocument().getUri()))
					.flatMap(change -> change.getEdits().stream()).filter(Either::isLeft).map(Either::getLeft).toList();
		}
		return List.of();
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return RulesProblemReporter.ERROR.equals(annotation.getType()) || RulesProblemReporter.WARNING.equals(annotation.getType());
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	/** One quick fix: the provider's edits, applied to the text they were computed on. */
	static final class Fix implements ICompletionProposal {

		private final String label;
		private final Document original;
		private final List<TextEdit> edits;

		Fix(String label, Document original, List<TextEdit> edits) {
			this.label = label;
			this.original = original;
			this.edits = edits;
		}

		@Override
		public void apply(IDocument document) {
			if (!original.getContents().equals(document.get())) {
				return; // the text changed since the fix was offered; its ranges no longer fit
			}
			try {
				TextEdits.apply(original, edits, document);
			} catch (MalformedTreeException | BadLocationException e) {
				ILog.of(getClass()).error("Could not apply the quick fix '" + label + "'; the text is unchanged", e);
			}
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return null;
		}

		@Override
		public String getDisplayString() {
			return label;
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
