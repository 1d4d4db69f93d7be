package se.dpia.rules.validation;

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import se.dpia.rules.IssueCodes;
import se.dpia.rules.RulesMessages;
import se.dpia.model.SystemAsset;
import se.dpia.model.SystemKind;
import se.dpia.model.facts.Facts;
import se.dpia.rules.rules.Callee;
import se.dpia.rules.rules.Cause;
import se.dpia.rules.rules.Contact;
import se.dpia.rules.rules.NeedsHelp;
import se.dpia.rules.rules.NotInTime;
import se.dpia.rules.rules.GrantedService;
import se.dpia.rules.rules.Permission;
import se.dpia.rules.rules.PowerCut;
import se.dpia.rules.rules.Role;
import se.dpia.rules.rules.Routine;
import se.dpia.rules.rules.RulesPackage;
import se.dpia.rules.rules.Step;
import se.dpia.rules.rules.StillNotSeen;
import se.dpia.rules.rules.SupervisionWindow;
import se.dpia.rules.rules.TechnologyFailure;

/** Checks routines (verksamhetsrutiner): escalation to a physical visit, supervision windows and permissions. */
public class RoutineValidator extends AbstractDeclarativeValidator {

	/** Seeds 001 and 002: if the person is still not seen, staff go there. */
	@Check
	public void cameraRoutineEscalatesToAPhysicalVisit(Routine routine) {
		if (!ConsentRuleValidator.isCamera(routine.getTechnology())) {
			return;
		}
		Step visit = physicalVisit(routine);
		if (visit == null) {
			error(RulesMessages.format(routine, IssueCodes.CAMERA_ROUTINE_WITHOUT_PHYSICAL_ESCALATION, routine.getName()),
					RulesPackage.Literals.ROUTINE__NAME, IssueCodes.CAMERA_ROUTINE_WITHOUT_PHYSICAL_ESCALATION);
			return;
		}
		boolean powerCut = false;
		boolean failure = false;
		for (Step step : routine.getSteps()) {
			if (!step.isCalling() && step.getPermission() == Permission.BESOK && step.getCondition() != null) {
				for (Cause cause : step.getCondition().getCauses()) {
					powerCut |= cause instanceof PowerCut;
					failure |= cause instanceof TechnologyFailure;
				}
			}
		}
		if (!powerCut || !failure) {
			warning(RulesMessages.format(routine, IssueCodes.ESCALATION_MISSES_CAUSE, visit.getName(),
					RulesMessages.format(routine, powerCut ? "cause.technologyFailure"
							: failure ? "cause.powerCut" : "cause.both")),
					visit, RulesPackage.Literals.STEP__CONDITION, IssueCodes.ESCALATION_MISSES_CAUSE);
		}
	}

	private static Step physicalVisit(Routine routine) {
		for (Step step : routine.getSteps()) {
			if (!step.isCalling() && step.getPermission() == Permission.BESOK && step.getCondition() != null
					&& step.getCondition().getCauses().stream().anyMatch(StillNotSeen.class::isInstance)) {
				return step;
			}
		}
		return null;
	}

	/** Seed 004: supervision happens within the service the person was granted. */
	@Check
	public void windowWithinGrantedService(SupervisionWindow window) {
		if (!(window.eContainer() instanceof Routine routine) || routine.getGrantedService() == null) {
			return;
		}
		GrantedService service = routine.getGrantedService();
		int from = ClockTime.minutes(window.getFrom());
		int to = ClockTime.minutes(window.getTo());
		int serviceFrom = ClockTime.minutes(service.getFrom());
		int serviceTo = ClockTime.minutes(service.getTo());
		if (from < 0 || to < 0 || serviceFrom < 0 || serviceTo < 0) {
			return; // reported by timeIsATimeOfDay
		}
		if (!ClockTime.within(from, to, serviceFrom, serviceTo)) {
			error(RulesMessages.format(window, IssueCodes.WINDOW_OUTSIDE_GRANTED_SERVICE, window.getFrom(),
					window.getTo(), service.getFrom(), service.getTo()),
					RulesPackage.Literals.SUPERVISION_WINDOW__FROM, IssueCodes.WINDOW_OUTSIDE_GRANTED_SERVICE);
		}
	}

	/** A time must be a time of day; reported as a syntax error, since the grammar can't say 25:00 is wrong. */
	@Check
	public void timeIsATimeOfDay(SupervisionWindow window) {
		checkTime(window.getFrom(), RulesPackage.Literals.SUPERVISION_WINDOW__FROM);
		checkTime(window.getTo(), RulesPackage.Literals.SUPERVISION_WINDOW__TO);
	}

	@Check
	public void timeIsATimeOfDay(GrantedService service) {
		checkTime(service.getFrom(), RulesPackage.Literals.GRANTED_SERVICE__FROM);
		checkTime(service.getTo(), RulesPackage.Literals.GRANTED_SERVICE__TO);
	}

	private void checkTime(String time, org.eclipse.emf.ecore.EAttribute feature) {
		if (ClockTime.minutes(time) < 0) {
			error(RulesMessages.format(getCurrentObject(), "syntax-error.time", time), feature,
					IssueCodes.SYNTAX_ERROR);
		}
	}

	/**
	 * A routine that supervises (a supervision window or a supervision step) says what happens when the person is
	 * seen and needs help, e.g. after a fall: what the supervision is for (seed 001: "ett sätt att upptäcka fall och
	 * andra olyckor i hemmet").
	 */
	@Check
	public void supervisionRoutineSaysWhatHappensWhenHelpIsNeeded(Routine routine) {
		if (supervises(routine) && !hasCause(routine, NeedsHelp.class)) {
			warning(RulesMessages.format(routine, IssueCodes.ROUTINE_WITHOUT_HELP_STEP, routine.getName()),
					RulesPackage.Literals.ROUTINE__NAME, IssueCodes.ROUTINE_WITHOUT_HELP_STEP);
		}
	}

	/** A routine that supervises says who is called when nobody can get there in time (escalation). */
	@Check
	public void supervisionRoutineEscalatesWhenNobodyComesInTime(Routine routine) {
		if (supervises(routine) && !hasCause(routine, NotInTime.class)) {
			warning(RulesMessages.format(routine, IssueCodes.ROUTINE_WITHOUT_ESCALATION, routine.getName()),
					RulesPackage.Literals.ROUTINE__NAME, IssueCodes.ROUTINE_WITHOUT_ESCALATION);
		}
	}

	static boolean supervises(Routine routine) {
		return !routine.getWindows().isEmpty() || routine.getSteps().stream()
				.anyMatch(step -> !step.isCalling() && step.getPermission() == Permission.TILLSYN);
	}

	private static boolean hasCause(Routine routine, Class<? extends Cause> kind) {
		return routine.getSteps().stream().anyMatch(step -> step.getCondition() != null
				&& step.getCondition().getCauses().stream().anyMatch(kind::isInstance));
	}

	/** Whoever a step calls has a phone number, so the routine can be followed at night. */
	@Check
	public void calledHasAPhoneNumber(Step step) {
		for (int i = 0; i < step.getCalls().size(); i++) {
			Callee callee = step.getCalls().get(i);
			if (callee != null && !callee.eIsProxy() && phone(callee).isBlank()) {
				warning(RulesMessages.format(step, IssueCodes.CALLED_WITHOUT_PHONE, step.getName(), callee.getName()),
						RulesPackage.Literals.STEP__CALLS, i, IssueCodes.CALLED_WITHOUT_PHONE, callee.getName());
			}
		}
	}

	private static String phone(Callee callee) {
		String phone = callee instanceof Role role ? role.getPhone() : callee instanceof Contact contact ? contact.getPhone() : null;
		return phone == null ? "" : phone;
	}

	/**
	 * A visit is documented in the care documentation (SoL 11 kap. 5 §): a system of kind verksamhetssystem, not the
	 * supplier's platform or log.
	 */
	@Check
	public void documentedInTheCareDocumentation(Step step) {
		SystemAsset system = step.getDocumentedIn();
		if (system == null || system.eIsProxy() || Facts.notStated(system.getKind())
				|| system.getKind() == SystemKind.VERKSAMHETSSYSTEM) {
			return;
		}
		warning(RulesMessages.format(step, IssueCodes.DOCUMENTED_OUTSIDE_CARE_DOCUMENTATION, step.getName(),
				system.getName() == null ? system.getId() : system.getName(), system.getKind().getLiteral()),
				RulesPackage.Literals.STEP__DOCUMENTED_IN, IssueCodes.DOCUMENTED_OUTSIDE_CARE_DOCUMENTATION);
	}

	/** Seed 004: routines state permissions (behörigheter); a step is done only by a role allowed to do it. */
	@Check
	public void stepRoleHasPermission(Step step) {
		Role role = step.getRole();
		if (step.isCalling() || role == null || role.eIsProxy() || role.getPermissions().contains(step.getPermission())) {
			return;
		}
		Set<Permission> held = role.getPermissions().isEmpty() ? EnumSet.noneOf(Permission.class)
				: EnumSet.copyOf(role.getPermissions());
		error(RulesMessages.format(step, IssueCodes.STEP_ROLE_LACKS_PERMISSION, role.getName(),
				step.getPermission().getLiteral(), String.join(", ", held.stream().map(Permission::getLiteral).toList()),
				step.getName()),
				RulesPackage.Literals.STEP__PERMISSION, IssueCodes.STEP_ROLE_LACKS_PERMISSION);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into RulesValidator, not registered on its own
	}
}
