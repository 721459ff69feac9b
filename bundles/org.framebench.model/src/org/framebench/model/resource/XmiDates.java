package org.framebench.model.resource;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;

/**
 * The dates EMF writes for an {@code EDate} ({@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}, e.g.
 * {@code 2026-06-06T12:13:09.380+0000}), read by hand: the same instant EMF's {@link java.text.SimpleDateFormat}
 * gives, at a fraction of its cost. Anything else (another of the forms EMF accepts, a value out of range,
 * a year before 1900 where the Julian calendar's rules may differ) is left to EMF: {@link #parse} answers
 * {@code null}.
 */
final class XmiDates {

    private XmiDates() {
    }

    /** The instant {@code text} names, or {@code null} unless it is exactly in the form EMF writes. */
    static Date parse(String text) {
        // 0123456789012345678901234567
        // yyyy-MM-ddTHH:mm:ss.SSS+hhmm
        if (text == null || text.length() != 28 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != '.') {
            return null;
        }
        char sign = text.charAt(23);
        if (sign != '+' && sign != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int millis = digits(text, 20, 3);
        int offsetHours = digits(text, 24, 2);
        int offsetMinutes = digits(text, 26, 2);
        if (year < 1900 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || millis < 0 || offsetHours < 0 || offsetHours > 17 || offsetMinutes < 0 || offsetMinutes > 59) {
            return null;
        }
        try {
            int offsetSeconds = (sign == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
            long seconds = LocalDateTime.of(year, month, day, hour, minute, second)
                    .toEpochSecond(ZoneOffset.ofTotalSeconds(offsetSeconds));
            return new Date(seconds * 1000 + millis);
        } catch (DateTimeException outOfRange) {
            // 31 April and the like: SimpleDateFormat's lenient reading decides.
            return null;
        }
    }

    /** The decimal number of {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
