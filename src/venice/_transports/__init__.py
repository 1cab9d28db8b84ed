"""What sits under the client: the default connection-pool transports (``_pool``), the aiohttp
transport (``_aiohttp``) and the direct route from a request to a transport (``_dispatch``)."""
