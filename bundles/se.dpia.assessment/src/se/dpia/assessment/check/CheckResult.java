package se.dpia.assessment.check;

import java.util.List;

import se.dpia.model.validation.Problem;

/** What checking an assessment folder found: every problem, sorted by file and place. */
public record CheckResult(List<Problem> problems) {

	public CheckResult {
		problems = List.copyOf(problems);
	}

	public long errors() {
		return problems.stream().filter(Problem::isError).count();
	}

	public long warnings() {
		return problems.size() - errors();
	}

	public boolean hasErrors() {
		return errors() > 0;
	}
}
