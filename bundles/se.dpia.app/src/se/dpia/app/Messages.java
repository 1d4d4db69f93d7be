package se.dpia.app;

import org.eclipse.osgi.util.NLS;

/** The workbench's user-visible texts, in English ({@code messages.properties}) and Swedish. */
public final class Messages extends NLS {

	public static String menuFile;
	public static String menuEdit;
	public static String menuHelp;
	public static String menuAbout;
	public static String productName;
	public static String aboutTitle;
	public static String aboutVersion;
	public static String aboutWhat;
	public static String aboutLicence;
	public static String aboutBuiltOn;
	public static String aboutComponent;
	public static String aboutComponentVersion;
	public static String aboutComponentLicence;
	public static String aboutNotInstalled;
	public static String saveFailedTitle;
	public static String saveFailed;
	public static String riskColumnId;
	public static String riskColumnName;
	public static String riskColumnFearedEvent;
	public static String riskColumnLikelihood;
	public static String riskColumnSeverity;
	public static String riskColumnInherent;
	public static String riskColumnResidualLikelihood;
	public static String riskColumnResidualSeverity;
	public static String riskColumnResidual;
	public static String riskColumnRemaining;
	public static String riskColumnStatus;
	public static String riskColumnMeasures;
	public static String filterStatus;
	public static String filterLevel;
	public static String filterAll;
	public static String filterAboveAcceptable;
	public static String filterAcceptable;
	public static String filterNotAssessed;
	public static String levelAboveAcceptable;
	public static String levelAcceptable;
	public static String levelNotAssessed;
	public static String notAssessed;
	public static String riskStatus_oppen;
	public static String riskStatus_accepterad;
	public static String riskStatus_hanterad;
	public static String mitigationStatus_planerad;
	public static String mitigationStatus_genomford;
	public static String mitigationStatus_verifierad;
	public static String fearedEvent_ejAngiven;
	public static String fearedEvent_obehorigAtkomst;
	public static String fearedEvent_oonskadAndring;
	public static String fearedEvent_forsvinnande;
	public static String heatMapInherent;
	public static String heatMapResidual;
	public static String heatMapLikelihood;
	public static String heatMapSeverity;
	public static String heatMapNotAssessed;
	public static String bandAcceptable;
	public static String bandElevated;
	public static String bandHigh;
	public static String noAssessment;
	public static String planColumnMeasure;
	public static String planColumnOwner;
	public static String planColumnDueDate;
	public static String planColumnStatus;
	public static String planColumnRisks;
	public static String planNoOwner;
	public static String planNoDueDate;
	public static String planOverdue;
	public static String flowsNone;
	public static String flowsStoresData;
	public static String flowsOutsideEuEea;
	public static String flowsEuEeaNotStated;
	public static String flowsTooltip;
	public static String flowsWhen;
	public static String flowsStorage;
	public static String generateTitle;
	public static String generateJob;
	public static String generateReading;
	public static String generateNoModel;
	public static String generateFailed;
	public static String generateNothingOpen;
	public static String generateSaveFirst;
	public static String generateSaveAndGenerate;
	public static String documentsOpen;
	public static String documentsColumnFile;
	public static String documentsColumnWritten;
	public static String documentsNew;
	public static String documentsFolder;
	public static String previewPrevious;
	public static String previewNext;
	public static String previewFitWidth;
	public static String previewActualSize;
	public static String previewJob;
	public static String previewFailed;
	public static String previewNoFile;
	public static String previewRendering;
	public static String previewPage;
	public static String newTitle;
	public static String newDescription;
	public static String newFolder;
	public static String newBrowse;
	public static String newFromExample;
	public static String newEmpty;
	public static String newOrganisation;
	public static String newName;
	public static String newNeedFolder;
	public static String newNeedOrganisation;
	public static String newFolderIsFile;
	public static String newFolderNotEmpty;
	public static String unsavedTitle;
	public static String unsavedQuestion;
	public static String unsavedSave;
	public static String unsavedDiscard;
	public static String openTitle;
	public static String openMessage;

	static {
		NLS.initializeMessages("se.dpia.app.messages", Messages.class);
	}

	private Messages() {
	}
}
