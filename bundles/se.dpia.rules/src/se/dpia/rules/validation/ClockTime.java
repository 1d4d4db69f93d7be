package se.dpia.rules.validation;

/** Clock times of routines ({@code 22:00}) as minutes after midnight, and intervals that may pass midnight. */
final class ClockTime {

	private static final int DAY = 24 * 60;

	private ClockTime() {
	}

	/** Minutes after midnight, or -1 if the text is not a time of day. */
	static int minutes(String time) {
		if (time == null || !time.matches("\\d{1,2}:\\d{2}")) {
			return -1;
		}
		int hours = Integer.parseInt(time.substring(0, time.indexOf(':')));
		int minutes = Integer.parseInt(time.substring(time.indexOf(':') + 1));
		return hours > 24 || minutes > 59 || hours * 60 + minutes > DAY ? -1 : hours * 60 + minutes;
	}

	/** Whether the interval {@code from–to} lies within {@code outerFrom–outerTo}; both may pass midnight. */
	static boolean within(int from, int to, int outerFrom, int outerTo) {
		int outerEnd = outerTo <= outerFrom ? outerTo + DAY : outerTo;
		if (outerEnd - outerFrom >= DAY) {
			return true; // a service around the clock holds every window
		}
		int start = from < outerFrom ? from + DAY : from;
		int length = to <= from ? to + DAY - from : to - from;
		return start + length <= outerEnd;
	}
}
