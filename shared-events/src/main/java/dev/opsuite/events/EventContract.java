package dev.opsuite.events;

/**
 * One published version of one event type: its name, version, payload record and the topic that
 * carries it. Schema and sample live under {@code events/<type>/v<version>.*}; both are kept for
 * every version ever published.
 */
public record EventContract<T>(String type, int version, Class<T> payloadType, String topic) {

    public EventContract {
        if (!type.matches("[a-z]+(-[a-z]+)+")) {
            throw new IllegalArgumentException("event type must be kebab-case: " + type);
        }
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1: " + version);
        }
    }

    public String schemaResource() {
        return "events/" + type + "/v" + version + ".schema.json";
    }

    public String sampleResource() {
        return "events/" + type + "/v" + version + ".sample.json";
    }
}
