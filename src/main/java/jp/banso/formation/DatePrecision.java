package jp.banso.formation;

/**
 * How much of a stage date is known. Sources often give only a fiscal year ("H30設立"): such a date is
 * stored as the last day of that fiscal year (31 March), the latest day it can have happened.
 */
public enum DatePrecision {
    DAY, FISCAL_YEAR
}
