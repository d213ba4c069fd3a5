package org.diplograph.temporal;

/** How precisely a time is known, from finest to coarsest. */
public enum Precision {
    DAY, MONTH, SEASON, YEAR
}
