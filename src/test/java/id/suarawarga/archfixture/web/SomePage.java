package id.suarawarga.archfixture.web;

/** A page, which no feature may use. */
public class SomePage {}
