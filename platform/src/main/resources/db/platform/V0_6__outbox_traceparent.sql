-- The W3C trace context of the request or event that wrote the row; the relay sends it as the
-- CloudEvents traceparent extension, so that the consumers' spans join the same trace.
alter table outbox_event add column traceparent text;
