package se.dpia.compliance.threats;

import static se.dpia.compliance.ModelQueries.chosenTechnologies;
import static se.dpia.compliance.ModelQueries.downstreamFlows;
import static se.dpia.compliance.ModelQueries.flowsFrom;
import static se.dpia.compliance.ModelQueries.isCamera;
import static se.dpia.compliance.ModelQueries.nameOf;
import static se.dpia.compliance.ModelQueries.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.dpia.compliance.ModelQueries;
import se.dpia.model.Assessment;
import se.dpia.model.DataCategory;
import se.dpia.model.DataFlow;
import se.dpia.model.FearedEvent;
import se.dpia.model.FlowTiming;
import se.dpia.model.LinddunCategory;
import se.dpia.model.Location;
import se.dpia.model.LocationKind;
import se.dpia.model.Party;
import se.dpia.model.PartyRole;
import se.dpia.model.SystemAsset;
import se.dpia.model.Technology;
import se.dpia.model.TechnologyKind;
import se.dpia.model.facts.Facts;

/**
 * The privacy-threat rules, all in one place: each reads flows, technologies and data and proposes risks with a
 * feared event, a LINDDUN category, suggested likelihood and severity (CNIL scale, 1 to 4) and its reasoning.
 */
public final class ThreatRules {

	/** One rule: a stable code and what it proposes for an assessment. */
	public record Rule(String code, Function<Assessment, List<Proposal>> proposer) {

		public List<Proposal> propose(Assessment assessment) {
			return proposer.apply(assessment);
		}
	}

	/**
	 * Days beyond which supervision logs are kept longer than needed. The log is there to find and follow up who
	 * looked; logs are reviewed at least quarterly and complaints come within months, so a year covers review and
	 * complaint. Kept longer, the log becomes a record of the person's nights that has outlived its purpose
	 * (GDPR Art. 5(1)(e), storage limitation).
	 */
	public static final int LOG_RETENTION_DAYS = 365;

	public static final List<Rule> ALL = List.of(
			new Rule("live-stream-via-cloud", ThreatRules::liveStreamViaCloud),
			new Rule("camera-in-bedroom", ThreatRules::cameraInBedroom),
			new Rule("log-retention-too-long", ThreatRules::logRetentionTooLong),
			new Rule("access-not-logged", ThreatRules::accessNotLogged),
			new Rule("protected-identity-to-processor", ThreatRules::protectedIdentityToProcessor),
			new Rule("gps-always-on", ThreatRules::gpsAlwaysOn));

	private ThreatRules() {
	}

	/** The rule with a code, or null. */
	public static Rule byCode(String code) {
		return ALL.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
	}

	/**
	 * A camera's images leave the home and pass a system in a supplier's cloud: the supplier's staff, or whoever breaks
	 * into the cloud, can watch. One proposal per flow into the cloud.
	 */
	private static List<Proposal> liveStreamViaCloud(Assessment assessment) {
		Map<DataFlow, Proposal> proposals = new LinkedHashMap<>();
		for (SystemAsset camera : assessment.getSystems()) {
			if (!isCamera(camera) || !inTheHome(camera)) {
				continue;
			}
			Set<DataCategory> images = flowsFrom(assessment, camera).stream().flatMap(f -> f.getDataCategories().stream())
					.collect(Collectors.toSet());
			for (DataFlow flow : downstreamFlows(assessment, camera)) {
				SystemAsset target = flow.getTarget();
				Location location = target == null ? null : target.getLocation();
				// Only flows that carry what the camera sends: a log or an order into the same cloud is no stream.
				boolean carriesImages = images.isEmpty() || flow.getDataCategories().stream().anyMatch(images::contains);
				if (location != null && location.getKind() == LocationKind.LEVERANTORSMOLN && carriesImages
						&& !proposals.containsKey(flow)) {
					Party supplier = target.getOperatedBy() != null ? target.getOperatedBy() : flow.getProcessor();
					proposals.put(flow, new Proposal("live-stream-via-cloud", flow, FearedEvent.OBEHORIG_ATKOMST,
							LinddunCategory.DATA_DISCLOSURE, Facts.yes(flow.getEncrypted()) ? 2 : 3, 3,
							List.of(nameOf(camera), nameOf(flow), nameOf(target), nameOf(location),
									supplier == null ? "?" : nameOf(supplier), Facts.yes(flow.getEncrypted()) ? 1 : 0)));
				}
			}
		}
		return new ArrayList<>(proposals.values());
	}

	/** A camera located nowhere is taken to be in the home, where cameras for supervision are. */
	private static boolean inTheHome(SystemAsset system) {
		return system.getLocation() == null || system.getLocation().getKind() == LocationKind.HEM
				|| Facts.notStated(system.getLocation().getKind());
	}

	/** Words in a camera's placement that put it where the person sleeps. */
	static final List<String> BEDROOM_WORDS = List.of("sovrum", "sovplats", "säng", "bedroom", "sleeping");

	/** A chosen camera placed in the bedroom sees the person asleep, undressed, with others: detecting and identifying. */
	private static List<Proposal> cameraInBedroom(Assessment assessment) {
		List<Proposal> proposals = new ArrayList<>();
		for (Technology technology : chosenTechnologies(assessment)) {
			if (technology.getKind() == TechnologyKind.TRYGGHETSKAMERA
					&& ModelQueries.firstWordIn(BEDROOM_WORDS, technology.getPlacement()) != null) {
				proposals.add(new Proposal("camera-in-bedroom", technology, FearedEvent.OBEHORIG_ATKOMST,
						LinddunCategory.DETECTING, 3, 3,
						List.of(nameOf(technology), technology.getPlacement(), Facts.yes(technology.getNightVision()) ? 1 : 0)));
			}
		}
		return proposals;
	}

	/** Flows whose logs, and log-like data categories, are kept longer than {@link #LOG_RETENTION_DAYS}. */
	private static List<Proposal> logRetentionTooLong(Assessment assessment) {
		List<Proposal> proposals = new ArrayList<>();
		for (DataFlow flow : assessment.getFlows()) {
			if (flow.getLogRetentionDays() > LOG_RETENTION_DAYS) {
				proposals.add(new Proposal("log-retention-too-long", flow, FearedEvent.OBEHORIG_ATKOMST,
						LinddunCategory.NON_COMPLIANCE, 2, 2,
						List.of(nameOf(flow), flow.getLogRetentionDays(), LOG_RETENTION_DAYS)));
			}
		}
		for (DataCategory category : assessment.getDataCategories()) {
			String words = (text(category.getName()) + " " + text(category.getDescription())).toLowerCase(Locale.ROOT);
			if (words.contains("logg") && category.getRetentionDays() > LOG_RETENTION_DAYS) {
				proposals.add(new Proposal("log-retention-too-long", category, FearedEvent.OBEHORIG_ATKOMST,
						LinddunCategory.NON_COMPLIANCE, 2, 2,
						List.of(nameOf(category), category.getRetentionDays(), LOG_RETENTION_DAYS)));
			}
		}
		return proposals;
	}

	/**
	 * A camera none of whose flows logs who looked: looking without cause can't be found or followed up. Proposed on
	 * the camera's first flow.
	 */
	private static List<Proposal> accessNotLogged(Assessment assessment) {
		List<Proposal> proposals = new ArrayList<>();
		for (SystemAsset camera : assessment.getSystems()) {
			List<DataFlow> own = flowsFrom(assessment, camera);
			if (!isCamera(camera) || own.isEmpty()) {
				continue;
			}
			if (downstreamFlows(assessment, camera).stream().noneMatch(flow -> Facts.yes(flow.getAccessLogged()))) {
				DataFlow first = own.get(0);
				proposals.add(new Proposal("access-not-logged", first, FearedEvent.OBEHORIG_ATKOMST,
						LinddunCategory.NON_COMPLIANCE, 3, 3, List.of(nameOf(camera), nameOf(first))));
			}
		}
		return proposals;
	}

	/** A flow that carries protected personal data (skyddade personuppgifter) to or through a processor. */
	private static List<Proposal> protectedIdentityToProcessor(Assessment assessment) {
		List<Proposal> proposals = new ArrayList<>();
		for (DataFlow flow : assessment.getFlows()) {
			Party processor = processorOf(flow);
			String categories = flow.getDataCategories().stream().filter(category -> Facts.yes(category.getProtectedIdentity()))
					.map(c -> nameOf(c)).collect(Collectors.joining(", "));
			if (processor != null && !categories.isEmpty()) {
				proposals.add(new Proposal("protected-identity-to-processor", flow, FearedEvent.OBEHORIG_ATKOMST,
						LinddunCategory.DATA_DISCLOSURE, 2, 4, List.of(nameOf(flow), categories, nameOf(processor))));
			}
		}
		return proposals;
	}

	/** The flow's processor, or the processor or sub-processor that operates its target. */
	private static Party processorOf(DataFlow flow) {
		if (flow.getProcessor() != null) {
			// an in-house unit of the controller (egen verksamhet) is no processor
			return flow.getProcessor().getRole() == PartyRole.EGEN_VERKSAMHET ? null : flow.getProcessor();
		}
		Party operator = flow.getTarget() == null ? null : flow.getTarget().getOperatedBy();
		boolean processor = operator != null
				&& (operator.getRole() == PartyRole.PERSONUPPGIFTSBITRADE || operator.getRole() == PartyRole.UNDERBITRADE);
		return processor ? operator : null;
	}

	/**
	 * A chosen GPS alarm whose position flows all the time (or when, is not stated), where sending it on an alarm would
	 * meet the need.
	 */
	private static List<Proposal> gpsAlwaysOn(Assessment assessment) {
		List<Proposal> proposals = new ArrayList<>();
		for (DataFlow flow : assessment.getFlows()) {
			Technology technology = flow.getSource() == null ? null : flow.getSource().getTechnology();
			if (technology != null && technology.getKind() == TechnologyKind.GPS_LARM
					&& chosenTechnologies(assessment).contains(technology)
					&& (flow.getWhen() == FlowTiming.ALLTID || flow.getWhen() == FlowTiming.EJ_ANGIVEN)) {
				proposals.add(new Proposal("gps-always-on", flow, FearedEvent.OBEHORIG_ATKOMST,
						LinddunCategory.NON_COMPLIANCE, 3, 3,
						List.of(nameOf(technology), nameOf(flow), text(technology.getNeed()))));
			}
		}
		return proposals;
	}
}
