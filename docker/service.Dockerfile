# Any Dialogue service, from the fast-jar that './mvnw package' leaves in <service>/target/quarkus-app.
# Its class-data archive (app-cds.jsa) is left out: the JVM that wrote it is the build machine's, not this one.
# docker-compose.yml builds each service with its own folder as the context.
FROM eclipse-temurin:17-jre
ARG PORT
WORKDIR /app
COPY --chown=185 target/quarkus-app/lib/ lib/
COPY --chown=185 target/quarkus-app/*.jar ./
COPY --chown=185 target/quarkus-app/app/ app/
COPY --chown=185 target/quarkus-app/quarkus/ quarkus/
USER 185
ENV QUARKUS_HTTP_PORT=${PORT}
EXPOSE ${PORT}
# The JVM flags come as JAVA_TOOL_OPTIONS from docker/service-jvm.env (compose's env_file).
ENTRYPOINT ["java", "-jar", "quarkus-run.jar"]
