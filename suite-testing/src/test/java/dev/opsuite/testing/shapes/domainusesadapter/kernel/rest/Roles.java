package dev.opsuite.testing.shapes.domainusesadapter.kernel.rest;

public final class Roles { public static final String CLERK = "clerk"; private Roles() {} }
