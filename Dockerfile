FROM python:3.11-slim

# OpenCASCADE (cadquery-ocp) and VTK link against these at import time.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libgl1 libglu1-mesa libxrender1 \
 && rm -rf /var/lib/apt/lists/*

RUN useradd --create-home --uid 10001 weldplan
WORKDIR /app
COPY pyproject.toml README.md requirements.lock ./
# Exact versions first (a layer that survives code changes), then the project itself without resolving again.
RUN pip install --no-cache-dir -r requirements.lock
COPY app ./app
COPY kinematics ./kinematics
COPY collision ./collision
COPY robot_models ./robot_models
COPY cad ./cad
COPY planning ./planning
COPY programs ./programs
COPY cycletime ./cycletime
RUN pip install --no-cache-dir --no-deps .

USER weldplan
# Keys required: the container listens on every address (README: Tenants and API keys).
ENV WELDPLAN_DATA_DIR=/home/weldplan/data \
    WELDPLAN_HOST=0.0.0.0 \
    WELDPLAN_PORT=8000 \
    WELDPLAN_AUTH=required
EXPOSE 8000
# `weldplan worker --metrics-port 9101` (compose.yaml) serves a worker's Prometheus metrics here.
EXPOSE 9101
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/api/v1/health', timeout=4).status == 200 else 1)"
# The API by default; compose.yaml runs the same image as `weldplan migrate` and `weldplan worker` too.
CMD ["weldplan", "serve", "--demo"]
