package dev.inkwell.application.port.model;

/** A tag and how many published posts of active authors carry it. */
public record TagCount(String name, long postCount) {
}
