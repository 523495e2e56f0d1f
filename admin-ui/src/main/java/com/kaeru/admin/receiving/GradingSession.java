package com.kaeru.admin.receiving;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnLineDto;

/**
 * The parcel on the bench: its units still to grade, one per physical item, and the grades
 * given so far. Knows nothing of the screen, so the station's key handling stays small.
 */
final class GradingSession {
    static final List<String> GRADES = List.of("A", "B", "C");

    private ReturnDto parcel;
    /** The line of each unit still to grade, in order. */
    private final List<ReturnLineDto> units = new ArrayList<>();
    private final List<String> grades = new ArrayList<>();

    /** Starts grading a received parcel: every ungraded unit of every line, in line order. */
    void start(ReturnDto received) {
        clear();
        parcel = received;
        for (ReturnLineDto line : received.lines()) {
            for (int i = 0; i < line.ungradedUnits(); i++) {
                units.add(line);
            }
        }
    }

    void clear() {
        parcel = null;
        units.clear();
        grades.clear();
    }

    boolean active() {
        return parcel != null;
    }

    ReturnDto parcel() {
        return parcel;
    }

    /** Adds a grade (A, B or C; anything else is ignored); true when it was the last unit's. */
    boolean grade(String grade) {
        if (!GRADES.contains(grade) || grades.size() >= units.size()) {
            return false;
        }
        grades.add(grade);
        return grades.size() == units.size();
    }

    /** Takes the last grade back; false when there was none. */
    boolean undo() {
        if (grades.isEmpty()) {
            return false;
        }
        grades.remove(grades.size() - 1);
        return true;
    }

    /** The grades per line id, as the API takes them (one call per line). */
    Map<Long, List<String>> byLine() {
        Map<Long, List<String>> byLine = new LinkedHashMap<>();
        for (int i = 0; i < grades.size(); i++) {
            byLine.computeIfAbsent(units.get(i).id(), id -> new ArrayList<>()).add(grades.get(i));
        }
        return byLine;
    }

    int graded() {
        return grades.size();
    }

    int total() {
        return units.size();
    }

    ReturnLineDto unit(int index) {
        return units.get(index);
    }

    /** The grade of unit {@code index}, "?" for the one being graded, "·" for those after it. */
    String slot(int index) {
        return index < grades.size() ? grades.get(index) : index == grades.size() ? "?" : "·";
    }
}
