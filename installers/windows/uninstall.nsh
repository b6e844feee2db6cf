  DeleteRegKey SHCTX "Software\Classes\colab-tunnel"
  DeleteRegValue HKCU "Software\Microsoft\Windows\CurrentVersion\Run" "Colab Tunnel"
