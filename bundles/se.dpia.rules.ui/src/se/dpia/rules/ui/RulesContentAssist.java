package se.dpia.rules.ui;

import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;

/** Content assist in the editor: the proposals of the language's IDE service, as JFace completion proposals. */
class RulesContentAssist implements IContentAssistProcessor {

	private final RulesEditor editor;

	RulesContentAssist(RulesEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		String text = viewer.getDocument().get();
		Document document = new Document(1, text);
		List<CompletionItem> items = editor.ruleFile().read(text, resource -> {
			CompletionParams params = new CompletionParams(new TextDocumentIdentifier(resource.getURI().toString()),
					document.getPosition(offset));
			return RulesUi.injector().getInstance(ContentAssistService.class)
					.createCompletionList(document, resource, params, CancelIndicator.NullImpl).getItems();
		}, List.of());
		return items.stream().filter(item -> item.getTextEdit() != null && item.getTextEdit().isLeft())
				.map(item -> proposal(item, document)).toArray(ICompletionProposal[]::new);
	}

	private static ICompletionProposal proposal(CompletionItem item, Document document) {
		TextEdit edit = item.getTextEdit().getLeft();
		int start = document.getOffSet(edit.getRange().getStart());
		int end = document.getOffSet(edit.getRange().getEnd());
		String replacement = edit.getNewText();
		return new CompletionProposal(replacement, start, end - start, replacement.length(), null, item.getLabel(),
				null, item.getDetail());
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
