package se.dpia.assessment.diff;

/**
 * One attribute or reference of an element, before and after; a value that was not set is the empty string, a
 * reference shows the ids of its targets.
 */
public record FeatureChange(String feature, String before, String after) {
}
